using System.Security.Cryptography.X509Certificates;
using Keten.Toegang;
using Keten.Toegang.Saml;

namespace Keten.Server.Toegang;

/// <summary>
/// Reads Keten:Toegang:Saml into <see cref="SamlLoginInstellingen"/>: null when the section has no EntityId (login not
/// configured); a configuration that is there but incomplete stops the start with the key that is wrong.
/// </summary>
public static class SamlInstellingenLezer
{
    public static SamlLoginInstellingen? Lees(IConfiguration configuratie)
    {
        ArgumentNullException.ThrowIfNull(configuratie);
        var opties = configuratie.GetSection(SamlOpties.Sectie).Get<SamlOpties>();
        if (string.IsNullOrWhiteSpace(opties?.EntityId))
        {
            return null;
        }
        var hm = opties.Herkenningsmakelaar ?? throw Fout("Herkenningsmakelaar", "is missing");
        if (opties.AssertionConsumerServiceUrls.Count == 0)
        {
            throw Fout("AssertionConsumerServiceUrls", "needs at least one URL");
        }
        if (opties.AssertionConsumerServiceIndex < 0 || opties.AssertionConsumerServiceIndex >= opties.AssertionConsumerServiceUrls.Count)
        {
            throw Fout("AssertionConsumerServiceIndex", "is not an index of AssertionConsumerServiceUrls");
        }
        var ondertekening = Certificaat(opties.Ondertekening ?? throw Fout("Ondertekening", "is missing"), "Ondertekening", metSleutel: true);
        var ontsleuteling = opties.Ontsleuteling.Count == 0
            ? [ondertekening]
            : opties.Ontsleuteling.Select((c, i) => Certificaat(c, $"Ontsleuteling:{i}", metSleutel: true)).ToList();
        if (hm.Certificaten.Count == 0)
        {
            throw Fout("Herkenningsmakelaar:Certificaten", "needs at least one certificate");
        }
        if (opties.Diensten.Count == 0)
        {
            throw Fout("Diensten", "needs at least one service");
        }
        var binding = opties.Binding.ToUpperInvariant() switch
        {
            "POST" => false,
            "REDIRECT" => true,
            _ => throw Fout("Binding", "must be Post or Redirect"),
        };
        return new SamlLoginInstellingen(
            new SamlDienstverlener(opties.EntityId, opties.AssertionConsumerServiceUrls, ondertekening, ontsleuteling),
            new SamlHerkenningsmakelaar(
                Verplicht(hm.EntityId, "Herkenningsmakelaar:EntityId"),
                hm.Certificaten.Select((c, i) => Certificaat(c, $"Herkenningsmakelaar:Certificaten:{i}", metSleutel: false)).ToList(),
                Verplicht(hm.ArtifactResolutionServiceUrl, "Herkenningsmakelaar:ArtifactResolutionServiceUrl"),
                hm.AdviesCertificaten.Select((c, i) => Certificaat(c, $"Herkenningsmakelaar:AdviesCertificaten:{i}", metSleutel: false)).ToList()),
            Verplicht(hm.SingleSignOnServiceUrl, "Herkenningsmakelaar:SingleSignOnServiceUrl"),
            new SamlControles(TimeSpan.FromSeconds(opties.KlokafwijkingSeconden), TimeSpan.FromDays(opties.ReplayBewaartermijnDagen)),
            opties.Diensten.Select(Dienst).ToList(),
            opties.AssertionConsumerServiceIndex,
            opties.ProviderName,
            binding);
    }

    private static SamlLoginDienst Dienst(DienstOpties dienst, int positie)
    {
        var pad = $"Diensten:{positie}";
        var niveau = Niveau(dienst.MinimaalNiveau) ?? throw Fout(pad + ":MinimaalNiveau", "must be loa2, loa2plus, loa3 or loa4");
        return new SamlLoginDienst(
            new SamlDienst(dienst.Index, Verplicht(dienst.ServiceId, pad + ":ServiceId"), Verplicht(dienst.Naam, pad + ":Naam"),
                dienst.Omschrijving ?? dienst.Naam!, dienst.IsStandaard, dienst.GevraagdeAttributen),
            niveau);
    }

    /// <summary>A MinimaalNiveau setting: loa2, loa2plus, loa3 or loa4, or the full assurance-class URN; null when it is none of them.</summary>
    public static Betrouwbaarheidsniveau? Niveau(string waarde) =>
        BetrouwbaarheidsniveauUrn.Lees(waarde.StartsWith("urn:", StringComparison.Ordinal) ? waarde : "urn:etoegang:core:assurance-class:" + waarde);

    private static SamlCertificaat Certificaat(CertificaatOpties opties, string pad, bool metSleutel)
    {
        X509Certificate2 certificaat;
        try
        {
            certificaat = (Gezet(opties.Pfx), Gezet(opties.Certificaat), Gezet(opties.Sleutel)) switch
            {
                ({ } pfx, _, _) => X509CertificateLoader.LoadPkcs12FromFile(pfx, opties.Wachtwoord),
                (null, { } bestand, { } sleutel) => X509Certificate2.CreateFromPemFile(bestand, sleutel),
                (null, { } bestand, null) => X509CertificateLoader.LoadCertificateFromFile(bestand),
                _ => throw Fout(pad, "needs Pfx or Certificaat"),
            };
        }
        catch (Exception e) when (e is IOException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
        {
            throw Fout(pad, $"could not be loaded: {e.Message}");
        }
        if (metSleutel && !certificaat.HasPrivateKey)
        {
            throw Fout(pad, "needs the private key (a PFX, or Sleutel beside Certificaat)");
        }
        return new SamlCertificaat(opties.KeyName ?? certificaat.Thumbprint, certificaat);
    }

    private static string? Gezet(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde;

    private static string Verplicht(string? waarde, string pad) =>
        string.IsNullOrWhiteSpace(waarde) ? throw Fout(pad, "is missing") : waarde;

    private static InvalidOperationException Fout(string pad, string wat) => new($"{SamlOpties.Sectie}:{pad} {wat}.");
}
