using System.Security.Cryptography.X509Certificates;

namespace Keten.Server.Soap.Beveiliging;

/// <summary>How strictly SOAP callers are checked (Keten:Soap:Beveiliging:Modus).</summary>
public enum SoapBeveiligingsmodus
{
    /// <summary>Mutual TLS with an organisation certificate and a WS-Security signature by it; responses signed.</summary>
    Strikt,

    /// <summary>Development only: whoever wsa:From names is the caller, nothing is signed. Logged at every start.</summary>
    Uit,
}

/// <summary>M2M security of the SOAP services (configuration section "Keten:Soap:Beveiliging"; docs/toegang.md).</summary>
public sealed class SoapBeveiligingOptions
{
    public const string Sectie = "Keten:Soap:Beveiliging";

    public SoapBeveiligingsmodus Modus { get; set; } = SoapBeveiligingsmodus.Strikt;

    /// <summary>PEM files (each may hold several certificates) of the CAs a client certificate must chain to.</summary>
    public IList<string> VertrouwdeCas { get; } = [];

    /// <summary>PEM file of Keten's own certificate, which signs every SOAP response.</summary>
    public string? Certificaat { get; set; }

    /// <summary>PEM file of that certificate's private key (PKCS#8 or RSA).</summary>
    public string? Sleutel { get; set; }

    /// <summary>Allowed clock difference with the sender, for the wsu:Timestamp.</summary>
    public int KlokafwijkingSeconden { get; set; } = 300;

    /// <summary>How long after its wsu:Timestamp/Created a request is still accepted.</summary>
    public int MaxLeeftijdSeconden { get; set; } = 600;

    /// <summary>How long the Timestamp of Keten's responses stays valid.</summary>
    public int AntwoordGeldigheidSeconden { get; set; } = 300;

    /// <summary>Revocation check of client certificates (PvE §6.4.6); NoCheck only for tests and closed networks.</summary>
    public X509RevocationMode Intrekkingscontrole { get; set; } = X509RevocationMode.Online;

    public TimeSpan Klokafwijking => TimeSpan.FromSeconds(KlokafwijkingSeconden);

    public TimeSpan MaxLeeftijd => TimeSpan.FromSeconds(MaxLeeftijdSeconden);

    public TimeSpan AntwoordGeldigheid => TimeSpan.FromSeconds(AntwoordGeldigheidSeconden);
}
