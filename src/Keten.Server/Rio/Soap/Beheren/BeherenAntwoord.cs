using System.Xml.Linq;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Server.Soap;

namespace Keten.Server.Rio.Soap.Beheren;

/// <summary>
/// Renders a Terugkoppeling as DUO's *_response of Beheren V4: requestGoedgekeurd, the foutmeldingen and,
/// where the operation returns one, the code RIO issued — in the order the XSD gives for that operation.
/// </summary>
public static class BeherenAntwoord
{
    private static readonly XNamespace Ns = RioSoapServices.BeherenNamespace;

    public static XElement Van(SoapVerzoek verzoek, Terugkoppeling antwoord, string? codeElement = null, bool codeVoorFoutmeldingen = false)
    {
        var goedgekeurd = new XElement(Ns + "requestGoedgekeurd", antwoord.RequestGoedgekeurd ? "true" : "false");
        var fouten = antwoord.Foutmeldingen.Take(99).Select(BeherenXmlWriter.Foutmelding);
        object[] code = codeElement is not null && antwoord.ToegekendeCode is { } toegekend ? [new XElement(Ns + codeElement, toegekend)] : [];
        return codeVoorFoutmeldingen
            ? Bedrijfsdocument.Antwoord(verzoek, goedgekeurd, code, fouten)
            : Bedrijfsdocument.Antwoord(verzoek, goedgekeurd, fouten, code);
    }
}
