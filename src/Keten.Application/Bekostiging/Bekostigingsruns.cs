using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Storage;
using Keten.Storage.Audit;
using Keten.Storage.Bekostiging;

namespace Keten.Application.Bekostiging;

/// <summary>
/// Funding runs (docs/bekostiging-runs.md), for every door: start one (a school's board a preliminary run of its own
/// instellingen, only a DUO operator a definitive one), list them, read a run's TBG-i of an instelling, its totals, and
/// what moved between two runs. A school sees its board's own runs and the definitive ones, and only its instellingen
/// in them; a run that is not visible is answered as one that does not exist.
/// </summary>
public sealed class Bekostigingsruns(IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd, Bekostigingsberekening berekening)
{
    private readonly Instellingsbevoegdheid bevoegdheid = new(store, referentie);

    /// <summary>Lines written per transaction.</summary>
    public const int Blok = 5000;

    /// <summary>
    /// How long an unfinished run may be silent before it counts as one whose process died: a run shows life with every
    /// block of lines, seconds apart even on the whole nation (docs/benchmarks.md), so this leaves a wide margin.
    /// </summary>
    public static readonly TimeSpan Stilte = TimeSpan.FromMinutes(15);

    public async Task<(Bekostigingsrun? Run, IReadOnlyList<Foutmelding> Fouten)> StartAsync(BekostigingsrunVerzoek verzoek, Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        ArgumentNullException.ThrowIfNull(afzender);
        var ticks = tijd.GetUtcNow().UtcTicks;
        var nu = new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
        if (verzoek.Status == Statusbepaling.Definitief && !afzender.DuoBeheer)
        {
            return (null, [Bekostigingsrunfouten.BKR001()]);
        }

        if (verzoek.BekendOp > nu)
        {
            return (null, [Bekostigingsrunfouten.BKR003(verzoek.BekendOp.Value)]);
        }

        var (bestuur, brins, fout) = await OmvangAsync(verzoek.Brin, afzender, ct);
        if (fout is not null)
        {
            return (null, [fout]);
        }

        await OpruimenAsync(Stilte, Auditbronnen.Systeem("bekostigingsrun opruimen"), ct);
        var bekendOp = verzoek.BekendOp ?? nu;
        var opdracht = new Bekostigingsopdracht(verzoek.Sector, verzoek.Bekostigingsjaar, bekendOp, verzoek.Status);
        var runId = await store.Bekostiging.RunBeginnenAsync(
            new NieuweBekostigingsrun(verzoek.Sector, verzoek.Bekostigingsjaar, bekendOp, verzoek.Status, bestuur, brins), Auditbronnen.Van(afzender), ct);
        var (studenten, regels) = await BepaalAsync(runId, opdracht, brins, ct);
        await store.Bekostiging.RunAfrondenAsync(runId, studenten, regels, ct);
        return (await store.Bekostiging.RunAsync(runId, ct), []);
    }

    /// <summary>
    /// Removes the runs whose process died: unfinished and silent for longer than <paramref name="stilte"/>, with their
    /// lines (every start does this with <see cref="Stilte"/>; a DUO operator can with <c>keten bekostiging opruimen</c>).
    /// </summary>
    public Task<IReadOnlyList<long>> OpruimenAsync(TimeSpan stilte, Auditbron door, CancellationToken ct) =>
        store.Bekostiging.OpruimenAsync(tijd.GetUtcNow() - stilte, door, ct);

    public async Task<IReadOnlyList<Bekostigingsrun>> RunsAsync(Sector? sector, int? bekostigingsjaar, Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        return afzender.DuoBeheer
            ? await store.Bekostiging.RunsAsync(sector, bekostigingsjaar, null, ct)
            : afzender.Onderwijsbestuurcode is { } bestuur ? await store.Bekostiging.RunsAsync(sector, bekostigingsjaar, bestuur, ct) : [];
    }

    /// <summary>The run's TBG-i of one instelling; null when the run or the instelling is not the sender's to see.</summary>
    public async Task<Tbgi?> TbgiAsync(long runId, string brin, Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(brin);
        if (await ZichtbareRunAsync(runId, afzender, ct) is not { } run || !run.Omvat(brin) || await EigenBrinsAsync(afzender, ct) is { } eigen && !eigen.Contains(brin))
        {
            return null;
        }

        var regels = new List<Bekostigingsregel>();
        await foreach (var regel in store.Bekostiging.RegelsAsync(runId, brin, ct))
        {
            regels.Add(regel);
        }

        return Runregels.Tbgi(run, brin, tijd.Vandaag(), regels);
    }

    /// <summary>
    /// <see cref="TbgiAsync"/> with a page of its lines: each enrolment with one of its teldata (only
    /// <paramref name="teldatum"/>'s when given), in the TBG-i's order; null as <see cref="TbgiAsync"/>.
    /// </summary>
    public async Task<TbgiPagina?> TbgiPaginaAsync(long runId, string brin, DateOnly? teldatum, int pagina, int paginagrootte, Afzender afzender, CancellationToken ct)
    {
        if (await TbgiAsync(runId, brin, afzender, ct) is not { } tbgi)
        {
            return null;
        }

        var teldata = tbgi.Inschrijvingen.SelectMany(i => i.Teldata).Select(t => t.Teldatum).Distinct().Order().ToList();
        var regels = tbgi.Inschrijvingen.SelectMany(i => i.Teldata.Where(t => teldatum is null || t.Teldatum == teldatum).Select(t => (i, t))).ToList();
        return new TbgiPagina(tbgi, teldata, Regelpagina<(TbgiInschrijving, TbgiTeldatum)>.Van(regels, pagina, paginagrootte));
    }

    /// <summary>The run's totals over the sender's instellingen (a DUO operator: all); null when the run is not the sender's to see.</summary>
    public async Task<IReadOnlyList<Runtotaal>?> TotalenAsync(long runId, Afzender afzender, CancellationToken ct)
    {
        if (await ZichtbareRunAsync(runId, afzender, ct) is null)
        {
            return null;
        }

        return [.. (await store.Bekostiging.TotalenAsync(runId, await EigenBrinsAsync(afzender, ct), ct)).Select(Runtotaal.Van)];
    }

    /// <summary>What moved between two runs of one sector and year, over the sender's instellingen; null when either run is not the sender's to see.</summary>
    public async Task<(Runverschil? Verschil, IReadOnlyList<Foutmelding> Fouten)> VerschilAsync(long voor, long na, Afzender afzender, CancellationToken ct)
    {
        if (await ZichtbareRunAsync(voor, afzender, ct) is not { } a || await ZichtbareRunAsync(na, afzender, ct) is not { } b)
        {
            return (null, []);
        }

        if (a.Sector != b.Sector || a.Bekostigingsjaar != b.Bekostigingsjaar)
        {
            return (null, [Bekostigingsrunfouten.BKR002(voor, na)]);
        }

        var eigen = await EigenBrinsAsync(afzender, ct);
        var verschillen = await store.Bekostiging.VerschillenAsync(voor, na, eigen, ct);
        return (new Runverschil(voor, na, a.BekendOp, b.BekendOp, [.. verschillen.Select(v => Verschil(v, eigen))]), []);
    }

    /// <summary><see cref="VerschilAsync(long, long, Afzender, CancellationToken)"/> with one page of the moved lines (the run pair's header kept).</summary>
    public async Task<(Runverschil? Verschil, Regelpagina<Bekostigingsverschil>? Regels, IReadOnlyList<Foutmelding> Fouten)> VerschilAsync(long voor, long na,
        int pagina, int paginagrootte, Afzender afzender, CancellationToken ct)
    {
        var (verschil, fouten) = await VerschilAsync(voor, na, afzender, ct);
        return verschil is null
            ? (null, null, fouten)
            : (verschil, Regelpagina<Bekostigingsverschil>.Van(verschil.Verschillen, pagina, paginagrootte), fouten);
    }

    private async Task<(int Studenten, int Regels)> BepaalAsync(long runId, Bekostigingsopdracht opdracht, IReadOnlyList<string>? brins, CancellationToken ct)
    {
        var diplomajaar = opdracht.Bekostigingsjaar - 2;
        var selectie = new Studentselectie(opdracht.Sector, opdracht.StudiejaarBegin, opdracht.StudiejaarEinde,
            opdracht.Sector == Sector.MBO ? new DateOnly(diplomajaar, 1, 1) : null, opdracht.Sector == Sector.MBO ? new DateOnly(diplomajaar, 12, 31) : null,
            opdracht.Bepaald, brins);
        var omvat = brins is null ? (Func<string, bool>)(_ => true) : brins.ToHashSet(StringComparer.Ordinal).Contains;
        var blok = new List<Bekostigingsregel>(Blok);
        var (studenten, regels) = (0, 0);
        var gegevens = referentie.Huidig;
        await foreach (var gelezen in store.Bekostiging.StudentenAsync(selectie, ct))
        {
            studenten++;
            blok.AddRange(Runregels.Van(gelezen, berekening(gelezen.Student, opdracht, gegevens), omvat));
            if (blok.Count >= Blok)
            {
                regels += blok.Count;
                await store.Bekostiging.RegelsToevoegenAsync(runId, blok, ct);
                blok.Clear();
            }
        }

        regels += blok.Count;
        await store.Bekostiging.RegelsToevoegenAsync(runId, blok, ct);
        return (studenten, regels);
    }

    /// <summary>
    /// A DUO operator: one instelling or all; a school: one of the instellingen it may see the funding of, or all of them
    /// (a medewerker authorised for one aanbieder: that aanbieder's instellingen).
    /// </summary>
    private async Task<(string? Bestuur, IReadOnlyList<string>? Brins, Foutmelding? Fout)> OmvangAsync(string? brin, Afzender afzender, CancellationToken ct)
    {
        if (afzender.DuoBeheer)
        {
            return (brin is null ? null : referentie.Huidig.Instelling(brin)?.Onderwijsbestuurcode, brin is null ? null : [brin], null);
        }

        if (afzender.Onderwijsbestuurcode is not { } bestuur || (brin is not null && !referentie.Huidig.HoortBijBestuur(brin, bestuur)))
        {
            return (null, null, RodFoutcodes.ROD004(brin ?? "(geen)"));
        }

        var eigen = await EigenBrinsAsync(afzender, ct) ?? [];
        if (brin is not null && !eigen.Contains(brin))
        {
            return (null, null, Foutcodes.AUT401("brin", brin));
        }

        return (bestuur, brin is null ? eigen : [brin], null);
    }

    private async Task<Bekostigingsrun?> ZichtbareRunAsync(long runId, Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        var run = await store.Bekostiging.RunAsync(runId, ct);
        return run is { GereedOp: not null }
            && (afzender.DuoBeheer || run.Status == Statusbepaling.Definitief || (run.Onderwijsbestuurcode is { } b && b == afzender.Onderwijsbestuurcode))
            ? run
            : null;
    }

    /// <summary>The instellingen whose funding the sender may see; null: all (a DUO operator).</summary>
    private Task<IReadOnlyList<string>?> EigenBrinsAsync(Afzender afzender, CancellationToken ct) => bevoegdheid.BrinsAsync(afzender, Functie.BekostigingInzien, ct);

    private static Bekostigingsverschil Verschil(Regelverschil v, IReadOnlyList<string>? eigen)
    {
        var regel = (v.Voor ?? v.Na)!;
        return new Bekostigingsverschil(regel.Brin, regel.Persoon, regel.Inschrijvingvolgnummer, regel.Soort, regel.Teldatum,
            regel.Soort == Regelsoort.Diploma ? regel.Sleutel : null, Regelstand.Van(v.Voor), Regelstand.Van(v.Na),
            [.. v.Leveringen.Select(l => eigen is null || eigen.Contains(l.Brin) ? l : l with { Inschrijvingvolgnummer = "", BedrijfsdocumentId = null })]);
    }
}
