using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Keten.Toegang.WsSecurity;

namespace Keten.Server.Tests.Soap.Beveiliging;

/// <summary>Signed requests as a school's software sends them, and ways to break them.</summary>
public static class M2mBerichten
{
    public static XDocument Envelope(string fromOin = SoapEnvelopes.SchoolOin) =>
        SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, M2mTestServer.Operatie, TestBerichten.VerwijderenAangebodenOpleiding(),
            fromOin: fromOin);

    /// <summary>The envelope signed with <paramref name="certificaat"/> as at <paramref name="nu"/> (default: now).</summary>
    public static XmlDocument Onderteken(XDocument envelope, X509Certificate2 certificaat, DateTimeOffset? nu = null)
    {
        var document = Laad(envelope.ToString(SaveOptions.DisableFormatting));
        WsSecurityOndertekenaar.Onderteken(document, certificaat, nu ?? DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        return document;
    }

    public static XmlDocument Laad(string xml)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        return document;
    }

    public static async Task<SoapAntwoord> PostAsync(HttpClient client, string xml)
    {
        using var response = await VerstuurAsync(client, xml);
        return await SoapAntwoord.LeesAsync(response);
    }

    /// <summary>The response text exactly as it came, for signature checks.</summary>
    public static async Task<string> PostRuwAsync(HttpClient client, string xml)
    {
        using var response = await VerstuurAsync(client, xml);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> VerstuurAsync(HttpClient client, string xml)
    {
        var action = SoapEnvelopes.Action(SoapEnvelopes.Beheren, M2mTestServer.Operatie);
        using var verzoek = SoapEnvelopes.HttpVerzoek(SoapEnvelopes.Beheren, Encoding.UTF8.GetBytes(xml), "text/xml;charset=UTF-8", action);
        return await client.SendAsync(verzoek);
    }

    public static XmlNamespaceManager Namen(XmlDocument document)
    {
        var namen = new XmlNamespaceManager(document.NameTable);
        namen.AddNamespace("soapenv", WsSecurityNamen.Soap11);
        namen.AddNamespace("wsse", WsSecurityNamen.Wsse);
        namen.AddNamespace("wsse11", WsSecurityNamen.Wsse11);
        namen.AddNamespace("wsu", WsSecurityNamen.Wsu);
        namen.AddNamespace("ds", WsSecurityNamen.XmlDsig);
        namen.AddNamespace("rio", SoapEnvelopes.BeherenNs.NamespaceName);
        return namen;
    }
}
