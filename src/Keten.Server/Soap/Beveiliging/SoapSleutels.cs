using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Keten.Server.Soap.Beveiliging;

/// <summary>The trusted CAs and Keten's own signing certificate, read once from the configured PEM files.</summary>
public sealed class SoapSleutels
{
    public SoapSleutels(IOptions<SoapBeveiligingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        if (o.Modus != SoapBeveiligingsmodus.Strikt)
        {
            return;
        }
        foreach (var bestand in o.VertrouwdeCas)
        {
            VertrouwdeCas.ImportFromPemFile(bestand);
        }
        EigenCertificaat = X509Certificate2.CreateFromPemFile(o.Certificaat!, o.Sleutel);
    }

    public X509Certificate2Collection VertrouwdeCas { get; } = [];

    /// <summary>Keten's own certificate with its private key; null when the security is off.</summary>
    public X509Certificate2? EigenCertificaat { get; }
}
