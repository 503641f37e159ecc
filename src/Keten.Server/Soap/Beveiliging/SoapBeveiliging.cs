using System.Xml;
using System.Xml.Linq;
using Keten.Storage;
using Keten.Toegang.WsSecurity;
using Microsoft.Extensions.Options;

namespace Keten.Server.Soap.Beveiliging;

/// <summary>
/// The M2M checks of every SOAP request and the signature on every answer (docs/toegang.md, "M2M: certificates
/// and WS-Security"): the TLS client certificate (EK0030), the OIN of wsa:From against it (EK0030), the
/// WS-Security signature by that same certificate, fresh and not seen before (EK0031). With
/// <see cref="SoapBeveiligingsmodus.Uit"/> every check passes and nothing is signed.
/// </summary>
public sealed class SoapBeveiliging(
    IOptions<SoapBeveiligingOptions> options,
    SoapSleutels sleutels,
    IKetenStore store,
    TimeProvider clock)
{
    private SoapBeveiligingOptions Opties => options.Value;

    public bool Aan => Opties.Modus == SoapBeveiligingsmodus.Strikt;

    /// <summary>The checked client certificate; null when the security is off.</summary>
    public async Task<SoapClientcertificaat?> ControleerVerbindingAsync(HttpContext context) =>
        Aan ? await SoapClientcertificaat.ControleerAsync(context, clock) : null;

    /// <summary>
    /// Checks the request's WS-Security header against the connection's certificate and records it against
    /// replay; returns the request's SignatureValue (for the answer's SignatureConfirmation), null when off.
    /// </summary>
    public async Task<string?> ControleerBerichtAsync(XDocument envelope, WsaHeaders wsa, SoapClientcertificaat? verbinding,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(wsa);
        if (verbinding is null)
        {
            return null;
        }
        if (wsa.VerzenderOin != verbinding.Oin)
        {
            throw new SoapFaultException(SoapFaults.OinInTlsCertificaat("het OIN in wsa:From is niet het OIN (serialNumber) van het clientcertificaat"));
        }
        WsSecurityResultaat resultaat;
        try
        {
            resultaat = WsSecurityControle.Verifieer(NaarXmlDocument(envelope), clock.GetUtcNow(), Opties.Klokafwijking, Opties.MaxLeeftijd);
        }
        catch (WsSecurityWeigeringException e)
        {
            throw new SoapFaultException(SoapFaults.Berichtondertekening($"{e.Veld}: {e.Weigering.Tekst()}"));
        }
        if (!resultaat.Certificaat.RawData.AsSpan().SequenceEqual(verbinding.Certificaat.RawData))
        {
            throw new SoapFaultException(SoapFaults.Berichtondertekening(
                "wsse:BinarySecurityToken: het bericht is niet ondertekend met het clientcertificaat van de TLS-verbinding"));
        }
        var geldigTot = Min(resultaat.Verloopt, resultaat.Aangemaakt + Opties.MaxLeeftijd) + Opties.Klokafwijking;
        if (!await store.RegistreerOntvangenBerichtAsync(verbinding.Oin + " " + wsa.MessageId, geldigTot, ct))
        {
            throw new SoapFaultException(SoapFaults.Berichtondertekening("wsa:MessageID: dit bericht is al eerder ontvangen (replay)"));
        }
        return resultaat.SignatureValue;
    }

    /// <summary>The answer signed by Keten's certificate, with the request's SignatureValue confirmed when known.</summary>
    public XmlDocument Onderteken(XDocument antwoord, string? signatureConfirmation)
    {
        var document = NaarXmlDocument(antwoord);
        WsSecurityOndertekenaar.Onderteken(document, sleutels.EigenCertificaat!, clock.GetUtcNow(), Opties.AntwoordGeldigheid,
            signatureConfirmation);
        return document;
    }

    private static XmlDocument NaarXmlDocument(XDocument envelope)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var lezer = envelope.CreateReader();
        document.Load(lezer);
        return document;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
