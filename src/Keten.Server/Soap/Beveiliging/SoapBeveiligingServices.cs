using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Options;

namespace Keten.Server.Soap.Beveiliging;

public static class SoapBeveiligingServices
{
    /// <summary>
    /// Registers the SOAP M2M security: options (strict unless configured otherwise), the certificate handler of
    /// ASP.NET Core under <see cref="SoapClientcertificaat.Schema"/>, and Kestrel asking every HTTPS client for a
    /// certificate without requiring one (REST and browsers go on without; the SOAP endpoints refuse with EK0030).
    /// </summary>
    public static IServiceCollection AddSoapBeveiliging(this IServiceCollection services)
    {
        services.AddOptions<SoapBeveiligingOptions>()
            .BindConfiguration(SoapBeveiligingOptions.Sectie)
            .Validate(o => o.Modus != SoapBeveiligingsmodus.Strikt || (o.VertrouwdeCas.Count > 0 && o.VertrouwdeCas.All(File.Exists)),
                $"{SoapBeveiligingOptions.Sectie}:VertrouwdeCas must name existing PEM files of the trusted CAs (or set Modus to Uit in development).")
            .Validate(o => o.Modus != SoapBeveiligingsmodus.Strikt || (File.Exists(o.Certificaat) && File.Exists(o.Sleutel)),
                $"{SoapBeveiligingOptions.Sectie}:Certificaat and :Sleutel must name Keten's own certificate and key PEM files (or set Modus to Uit in development).")
            .Validate(o => o.KlokafwijkingSeconden >= 0 && o.MaxLeeftijdSeconden > 0 && o.AntwoordGeldigheidSeconden > 0,
                $"{SoapBeveiligingOptions.Sectie}: the seconds settings must be positive.")
            .ValidateOnStart();
        services.AddSingleton<SoapSleutels>();
        services.AddSingleton<SoapBeveiliging>();
        services.AddHostedService<SoapBeveiligingMelding>();

        services.AddAuthentication().AddCertificate(SoapClientcertificaat.Schema, _ => { });
        services.AddOptions<CertificateAuthenticationOptions>(SoapClientcertificaat.Schema)
            .Configure<SoapSleutels, IOptions<SoapBeveiligingOptions>>((o, sleutels, beveiliging) =>
            {
                o.AllowedCertificateTypes = CertificateTypes.Chained;
                o.ChainTrustValidationMode = X509ChainTrustMode.CustomRootTrust;
                o.CustomTrustStore = sleutels.VertrouwdeCas;
                o.RevocationMode = beveiliging.Value.Intrekkingscontrole;
                o.ValidateCertificateUse = true;
                o.ValidateValidityPeriod = true;
            });
        services.Configure<KestrelServerOptions>(k => k.ConfigureHttpsDefaults(https =>
        {
            https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
            // Kestrel lets every certificate through the handshake: the SOAP endpoint judges it and answers a fault.
            https.AllowAnyClientCertificate();
        }));
        return services;
    }
}
