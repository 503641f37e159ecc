using Keten.Application.Rio;
using Keten.Toegang.Saml;

namespace Keten.Ontwikkelmakelaar;

/// <summary>Everything the broker's endpoints share: its settings, keys, the DV it answers and its one-time stores.</summary>
internal sealed class Makelaar
{
    public static TimeSpan VerzoekGeldigheid { get; } = TimeSpan.FromMinutes(15);
    public static TimeSpan AntwoordGeldigheid { get; } = TimeSpan.FromMinutes(5);

    private Makelaar(OntwikkelmakelaarOpties opties, TimeProvider klok, Testidentiteiten identiteiten)
    {
        Opties = opties;
        Klok = klok;
        Identiteiten = identiteiten;
        Ondertekening = MakelaarSleutel.Laad(opties.OndertekeningBestand);
        DienstverlenerCertificaten = [.. opties.Dienstverlener.Certificaten.Select(DienstverlenerCertificaat.Laad)];
        Verzoeken = new(klok, VerzoekGeldigheid);
        Artifacts = new(klok, AntwoordGeldigheid);
        Codes = new(klok, AntwoordGeldigheid);
    }

    public static Makelaar Maak(OntwikkelmakelaarOpties opties, TimeProvider klok, ReferentiedataBron? referentie) =>
        new(opties, klok, new Testidentiteiten(referentie));

    public OntwikkelmakelaarOpties Opties { get; }
    public TimeProvider Klok { get; }
    public Testidentiteiten Identiteiten { get; }
    public SamlCertificaat Ondertekening { get; }
    public IReadOnlyList<SamlCertificaat> DienstverlenerCertificaten { get; }

    /// <summary>Logins waiting for the choice on the page, by the page's hidden <c>verzoek</c> field.</summary>
    public EenmaligeOpslag<Inlogverzoek> Verzoeken { get; }

    /// <summary>Responses waiting to be fetched with their artifact (SAMLart), each once.</summary>
    public EenmaligeOpslag<string> Artifacts { get; }

    /// <summary>OIDC authorization codes, each redeemed once.</summary>
    public EenmaligeOpslag<Oidc.OidcCode> Codes { get; }

    /// <summary>The DV's OIN, from its entity ID <c>urn:etoegang:DV:&lt;OIN&gt;:entities:&lt;n&gt;</c>.</summary>
    public string DienstverlenerOin =>
        Opties.Dienstverlener.EntityId.Split(':') is [_, "etoegang", "DV", var oin, ..]
            ? oin
            : throw new InvalidOperationException($"{OntwikkelmakelaarOpties.Sectie}:Dienstverlener:EntityId is no urn:etoegang:DV:<OIN>:entities:<n>.");
}
