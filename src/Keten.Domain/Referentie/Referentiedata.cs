using System.Runtime.CompilerServices;

namespace Keten.Domain.Referentie;

public enum Sector
{
    MBO,
    VO,
}

/// <param name="BevoegdGezagNummer">The board's 5-digit bevoegd-gezagnummer (BRIN era), asked by opvragen_instellingsstructuur.</param>
/// <param name="InBedrijfdatum">The first day of the board's life as DUO registered it; null when the reference data does not say (N01410 then has no lower bound).</param>
/// <param name="UitBedrijfdatum">The day the board went uit bedrijf (exclusive); null while it exists.</param>
public sealed record Onderwijsbestuur(
    string Code, string Naam, string? KvkNummer, string Oin, string? BevoegdGezagNummer = null, DateOnly? InBedrijfdatum = null, DateOnly? UitBedrijfdatum = null);

/// <param name="Gemeentecode">The CBS code of the municipality where the instelling is established: decides its RMC region.</param>
/// <param name="Erkenner">
/// Who recognised the instelling (RIO's OrganisatieErkenner: OCW, NRTO, EVC, …); null is OCW, the erkenner of every
/// BRIN4. An onderwijsaanbieder's juridische relatie must name an OCW-erkende instelling (A01031).
/// </param>
public sealed record ErkendeInstelling(
    string Brin, string Naam, Sector Sector, string Onderwijsbestuurcode, DateOnly Begindatum, DateOnly? Einddatum, string? Gemeentecode = null,
    string? Erkenner = null)
{
    /// <summary>The erkenner of the instellingen that OCW recognised, and of every BRIN4 whose erkenner is not given.</summary>
    public const string Ocw = "OCW";

    /// <summary>Whether OCW recognised the instelling (no erkenner given counts as OCW). A method, so it is no field of the stored JSON.</summary>
    public bool DoorOcwErkend() => Erkenner is null or Ocw;
}

/// <summary>An opleidingserkenning (e.g. CREBO) as DUO/OCW registered it; niveau is a Kwalificatieniveau (MBO-1..MBO-4).</summary>
/// <param name="Prijsfactor">The funding's PrijsfactorMBO of the opleiding; null: the default of the funding parameters (docs/bekostiging.md).</param>
/// <param name="Specialist">Whether its diploma is a specialistendiploma (a first one adds to the diploma value).</param>
/// <param name="Vws">A qualification set with the Minister of VWS (care): a BBL student's BPV may begin up to 1 June of the next year.</param>
public sealed record Opleidingserkenning(
    string Opleidingsstelsel, string Opleidingscode, string Naam, string Niveau, DateOnly Begindatum, DateOnly? Einddatum,
    decimal? Prijsfactor = null, bool Specialist = false, bool Vws = false);

public sealed record VoVakerkenning(string Opleidingsstelsel, string Opleidingscode, string Opleidingsniveau, string Naam, DateOnly Begindatum, DateOnly? Einddatum);

/// <summary>A municipality by its CBS gemeentecode (4 digits) and the RMC region it belongs to.</summary>
/// <param name="Oin">The municipality's OIN, with which it reads and handles its inhabitants' verzuimmeldingen (optional).</param>
public sealed record Gemeente(string Code, string Naam, string RmcRegio, string? Oin = null);

/// <summary>A school holiday of a holiday region (noord, midden, zuid), both days inclusive: no school week for the 16-hour count.</summary>
public sealed record Schoolvakantie(string Regio, string Naam, DateOnly Begindatum, DateOnly Einddatum);

/// <summary>A regional registration and coordination region (RMC) for early school leavers, by its number.</summary>
public sealed record RmcRegio(string Code, string Naam);

public sealed record LegacyToken(string Gebruikersnaam, string TotpSecret);

public sealed record Medewerker(string Onderwijsbestuurcode, string Naam, string Rol, LegacyToken? LegacyToken);

/// <summary>The DUO/OCW-owned master data every delivery is checked against.</summary>
public sealed record Referentiedata(
    IReadOnlyList<Onderwijsbestuur> Onderwijsbesturen,
    IReadOnlyList<ErkendeInstelling> ErkendeInstellingen,
    IReadOnlyList<Opleidingserkenning> Opleidingserkenningen,
    IReadOnlyList<VoVakerkenning> VoVakerkenningen,
    IReadOnlyList<Medewerker> Medewerkers)
{
    public static Referentiedata Leeg { get; } = new([], [], [], [], []);

    /// <summary>The municipalities: where verzuim is routed and which RMC region an instelling belongs to.</summary>
    public IReadOnlyList<Gemeente> Gemeenten { get; init; } = [];

    public IReadOnlyList<RmcRegio> RmcRegios { get; init; } = [];

    /// <summary>The school holidays per holiday region, for the 16-hour count of verzuim.</summary>
    public IReadOnlyList<Schoolvakantie> Schoolvakanties { get; init; } = [];

    public Gemeente? GemeenteMetOin(string oin) => Gemeenten.FirstOrDefault(g => g.Oin == oin);

    public Gemeente? GemeenteMetCode(string code) => Gemeenten.FirstOrDefault(g => g.Code == code);

    /// <summary>The RMC region of the municipality where the instelling is established, or null when not known.</summary>
    public RmcRegio? RmcRegioVanInstelling(string brin) =>
        Instelling(brin)?.Gemeentecode is { } gemeente && GemeenteMetCode(gemeente) is { } g
            ? RmcRegios.FirstOrDefault(r => r.Code == g.RmcRegio)
            : null;

    public Onderwijsbestuur? BestuurMetOin(string oin) => Onderwijsbesturen.FirstOrDefault(b => b.Oin == oin);

    public Onderwijsbestuur? BestuurMetBevoegdGezagNummer(string nummer) => Onderwijsbesturen.FirstOrDefault(b => b.BevoegdGezagNummer == nummer);

    public Onderwijsbestuur? Bestuur(string code) => Onderwijsbesturen.FirstOrDefault(b => b.Code == code);

    public ErkendeInstelling? Instelling(string brin) => Indexen.Van(this).Instellingen.GetValueOrDefault(brin);

    /// <summary>Whether the instelling with this BRIN is one of the board's (an unknown BRIN is nobody's).</summary>
    public bool HoortBijBestuur(string brin, string onderwijsbestuurcode) => Instelling(brin)?.Onderwijsbestuurcode == onderwijsbestuurcode;

    /// <summary>The BRINs of the board's erkende instellingen.</summary>
    public IReadOnlyList<string> BrinsVanBestuur(string onderwijsbestuurcode) =>
        [.. ErkendeInstellingen.Where(i => i.Onderwijsbestuurcode == onderwijsbestuurcode).Select(i => i.Brin)];

    /// <summary>The first erkenning with this stelsel and code.</summary>
    public Opleidingserkenning? Erkenning(string stelsel, string code) => Indexen.Van(this).Erkenningen.GetValueOrDefault((stelsel, code));

    public VoVakerkenning? Vakerkenning(string stelsel, string code, string niveau) => Indexen.Van(this).Vakerkenningen.GetValueOrDefault((stelsel, code, niveau));

    /// <summary>
    /// The lookups by key, built once per instance: the funding run and the national enrolment load ask millions of
    /// times, where a scan of the lists cost a few percent of the load's CPU. The first of equal keys wins, as a scan's would.
    /// </summary>
    private sealed class Indexen
    {
        private static readonly ConditionalWeakTable<Referentiedata, Indexen> PerInstantie = new();

        private Indexen(Referentiedata data)
        {
            foreach (var e in data.Opleidingserkenningen)
            {
                Erkenningen.TryAdd((e.Opleidingsstelsel, e.Opleidingscode), e);
            }

            foreach (var i in data.ErkendeInstellingen)
            {
                Instellingen.TryAdd(i.Brin, i);
            }

            foreach (var v in data.VoVakerkenningen)
            {
                Vakerkenningen.TryAdd((v.Opleidingsstelsel, v.Opleidingscode, v.Opleidingsniveau), v);
            }
        }

        public Dictionary<(string, string), Opleidingserkenning> Erkenningen { get; } = [];

        public Dictionary<string, ErkendeInstelling> Instellingen { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string, string, string), VoVakerkenning> Vakerkenningen { get; } = [];

        public static Indexen Van(Referentiedata data) => PerInstantie.GetValue(data, d => new Indexen(d));
    }
}
