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
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        var certificaat = context.Request.IsHttps ? await context.Connection.GetClientCertificateAsync(context.RequestAborted) : null;
        if (certificaat is null)
        {
            throw new SoapFaultException(SoapFaults.OinInTlsCertificaat("er is geen clientcertificaat aangeboden (mutual TLS over HTTPS is verplicht)"));
        }
        var resultaat = await context.AuthenticateAsync(Schema);
        if (!resultaat.Succeeded)
        {
            var nu = clock.GetUtcNow();
            throw new SoapFaultException(SoapFaults.OinInTlsCertificaat(
                nu > certificaat.NotAfter.ToUniversalTime() || nu < certificaat.NotBefore.ToUniversalTime()
                    ? "het clientcertificaat is verlopen of nog niet geldig"
                    : "het clientcertificaat is niet uitgegeven door een vertrouwde CA, is ingetrokken of niet bedoeld voor clientauthenticatie"));
        }
        var oin = OinVan(certificaat)
            ?? throw new SoapFaultException(SoapFaults.OinInTlsCertificaat("het subject van het clientcertificaat bevat geen OIN als serialNumber"));
        return new SoapClientcertificaat(certificaat, oin);
    }

    /// <summary>The OIN a PKIoverheid organisation certificate carries as subject serialNumber; null when none.</summary>
    public static string? OinVan(X509Certificate2 certificaat)
    {
        ArgumentNullException.ThrowIfNull(certificaat);
        var waarden = certificaat.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(r => r.GetSingleElementType().Value == SerialNumberOid)
            .Select(r => r.GetSingleElementValue())
            .ToList();
        return waarden is [var oin] && Soap.Oin.IsGeldig(oin) ? oin : null;
    }
}
