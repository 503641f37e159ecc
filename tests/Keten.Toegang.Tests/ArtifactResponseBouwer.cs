using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

public static class ArtifactResponseBouwer
{
    /// <summary>The HM's answer: the Response wrapped in an ArtifactResponse in a SOAP envelope, optionally signed.</summary>
    public static (string Soap, string ResolveId) Bouw(XmlDocument response, bool onderteken, string resolveId = "_resolve0001")
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml($"""<soap:Envelope xmlns:soap="{SamlNamen.Soap11}"><soap:Body><samlp:ArtifactResponse xmlns:samlp="{SamlNamen.Protocol}" xmlns:saml="{SamlNamen.Assertion}" ID="_artifactResponse0001" Version="2.0" IssueInstant="2026-12-05T10:00:00Z" InResponseTo="{resolveId}"><saml:Issuer>{SamlOmgeving.HmEntityId}</saml:Issuer><samlp:Status><samlp:StatusCode Value="{SamlNamen.StatusSuccess}"/></samlp:Status></samlp:ArtifactResponse></soap:Body></soap:Envelope>""");
        var antwoord = document.Element("//samlp:ArtifactResponse");
        antwoord.AppendChild(document.ImportNode(response.DocumentElement!, true));
        if (onderteken)
        {
            SamlOndertekenaar.Onderteken(antwoord, TestSleutels.Herkenningsmakelaar);
        }
        return (document.OuterXml, resolveId);
    }
}
