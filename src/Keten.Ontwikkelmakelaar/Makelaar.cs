using Keten.Application.Rio;
using Keten.Toegang.Saml;

namespace Keten.Ontwikkelmakelaar;

/// <summary>Everything the broker's endpoints share: its settings, keys, the DV it answers and its one-time stores.</summary>
internal sealed class Makelaar
{
    public static TimeSpan VerzoekGeldigheid { get; } = TimeSpan.FromMinutes(15);
    public static TimeSpan AntwoordGeldigheid { get; } = TimeSpan.FromMinutes(5);

    public const string HttpClientNaam = "Ontwikkelmakelaar";
    private static readonly TimeSpan MetadataBewaartijd = TimeSpan.FromMinutes(1);

    private readonly Func<HttpClient>? _http;
    private readonly SemaphoreSlim _metadataSlot = new(1, 1);
    private (Dienstverlener Dienstverlener, DateTimeOffset Tot)? _uitMetadata;
    private Dienstverlener? _uitOpties;

    private Makelaar(OntwikkelmakelaarOpties opties, TimeProvider klok, Testidentiteiten identiteiten, Func<HttpClient>? http)
    {
        Opties = opties;
        Klok = klok;
        Identiteiten = identiteiten;
        _http = http;
        Ondertekening = MakelaarSleutel.Laad(opties.OndertekeningBestand);
        Verzoeken = new(klok, VerzoekGeldigheid);
        Artifacts = new(klok, AntwoordGeldigheid);
        Codes = new(klok, AntwoordGeldigheid);
    }

    public static Makelaar Maak(OntwikkelmakelaarOpties opties, TimeProvider klok, ReferentiedataBron? referentie, Func<HttpClient>? http) =>
        new(opties, klok, new Testidentiteiten(referentie), http);

    public OntwikkelmakelaarOpties Opties { get; }
    public TimeProvider Klok { get; }
    public Testidentiteiten Identiteiten { get; }
    public SamlCertificaat Ondertekening { get; }

    /// <summary>Logins waiting for the choice on the page, by the page's hidden <c>verzoek</c> field.</summary>
    public EenmaligeOpslag<Inlogverzoek> Verzoeken { get; }

    /// <summary>Responses waiting to be fetched with their artifact (SAMLart), each once.</summary>
    public EenmaligeOpslag<string> Artifacts { get; }

    /// <summary>OIDC authorization codes, each redeemed once.</summary>
    public EenmaligeOpslag<Oidc.OidcCode> Codes { get; }

    /// <summary>The DV from its metadata (<c>Dienstverlener:MetadataUrl</c>, fetched again after a minute) or from the settings.</summary>
    public async Task<Dienstverlener> DienstverlenerAsync(CancellationToken annulering)
    {
        if (Opties.Dienstverlener.MetadataUrl is not { } url)
        {
            return _uitOpties ??= Dienstverlener.UitOpties(Opties.Dienstverlener);
        }
        await _metadataSlot.WaitAsync(annulering);
        try
        {
            if (_uitMetadata is not { } bewaard || Klok.GetUtcNow() >= bewaard.Tot)
            {
                using var http = _http?.Invoke() ?? new HttpClient();
                var metadata = new System.Xml.XmlDocument { XmlResolver = null };
                metadata.LoadXml(await http.GetStringAsync(new Uri(url), annulering));
                _uitMetadata = bewaard = (Dienstverlener.UitMetadata(metadata), Klok.GetUtcNow() + MetadataBewaartijd);
            }
            return bewaard.Dienstverlener;
        }
        finally
        {
            _metadataSlot.Release();
        }
    }
}
