using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication;

namespace Keten.Server.Soap.Beveiliging;

/// <summary>The TLS client certificate of a SOAP caller and the OIN in its subject serialNumber.</summary>
public sealed record SoapClientcertificaat(X509Certificate2 Certificaat, string Oin)
{
    /// <summary>The authentication scheme (ASP.NET Core's certificate handler) that checks chain, validity and use.</summary>
    public const string Schema = "SoapCertificaat";

    private const string SerialNumberOid = "2.5.4.5";

    /// <summary>
    /// The certificate the caller presented in the TLS handshake, validated by <see cref="Schema"/> against the
    /// configured CAs; any failure is Client.EK0030 naming what is wrong.
    /// </summary>
    public static async Task<SoapClientcertificaat> ControleerAsync(HttpContext context, TimeProvider clock)
    {
        var (certificaat, weigering) = await BeoordeelAsync(context, clock);
        return certificaat ?? throw new SoapFaultException(SoapFaults.OinInTlsCertificaat(weigering!));
    }

    /// <summary>
    /// The checked certificate of the TLS handshake, or why it is refused (EK0030's reason, in Dutch). SOAP and REST
    /// judge a certificate alike.
    /// </summary>
    public static async Task<(SoapClientcertificaat? Certificaat, string? Weigering)> BeoordeelAsync(HttpContext context, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        var certificaat = context.Request.IsHttps ? await context.Connection.GetClientCertificateAsync(context.RequestAborted) : null;
        if (certificaat is null)
        {
            return (null, "er is geen clientcertificaat aangeboden (mutual TLS over HTTPS is verplicht)");
        }
        var resultaat = await context.AuthenticateAsync(Schema);
        if (!resultaat.Succeeded)
        {
            var nu = clock.GetUtcNow();
            return (null, nu > certificaat.NotAfter.ToUniversalTime() || nu < certificaat.NotBefore.ToUniversalTime()
                ? "het clientcertificaat is verlopen of nog niet geldig"
                : "het clientcertificaat is niet uitgegeven door een vertrouwde CA, is ingetrokken of niet bedoeld voor clientauthenticatie");
        }
        return OinVan(certificaat) is { } oin
            ? (new SoapClientcertificaat(certificaat, oin), null)
            : (null, "het subject van het clientcertificaat bevat geen OIN als serialNumber");
    }

    /// <summary>The OIN a PKIoverheid organisation certificate carries as subject serialNumber; null when none.</summary>
    public static string? OinVan(X509Certificate2 certificaat)
    {
        ArgumentNullException.ThrowIfNull(certificaat);
        var waarden = certificaat.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(r => r.GetSingleElementType().Value == SerialNumberOid)
            .Select(r => r.GetSingleElementValue())
            .ToList();
        return waarden is [var oin] && Keten.Contract.Soap.Oin.IsGeldig(oin) ? oin : null;
    }
}
