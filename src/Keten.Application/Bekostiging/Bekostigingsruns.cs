using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Storage;
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
    /// <summary>Lines written per transaction.</summary>
    public const int Blok = 5000;

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

        var (bestuur, brins, fout) = Omvang(verzoek.Brin, afzender);
        if (fout is not null)
        {
            return (null, [fout]);
        }

        var bekendOp = verzoek.BekendOp ?? nu;
        var opdracht = new Bekostigingsopdracht(verzoek.Sector, verzoek.Bekostigingsjaar, bekendOp, verzoek.Status);
        var runId = await store.Bekostiging.RunBeginnenAsync(
            new NieuweBekostigingsrun(verzoek.Sector, verzoek.Bekostigingsjaar, bekendOp, verzoek.Status, bestuur, brins), Auditbronnen.Van(afzender), ct);
        var (studenten, regels) = await BepaalAsync(runId, opdracht, brins, ct);
        await store.Bekostiging.RunAfrondenAsync(runId, studenten, regels, ct);
        return (await store.Bekostiging.RunAsync(runId, ct), []);
    }

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
        if (await ZichtbareRunAsync(runId, afzender, ct) is not { } run || !run.Omvat(brin) || !MagInstelling(brin, afzender))
        {
            return null;
        }

        var regels = new List<Bekostigingsregel>();
        await foreach (var regel in store.Bekostiging.RegelsAsync(runId, brin, ct))
        {
            regels.Add(regel);
        }

        return Runregels.Tbgi(run, brin, DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime), regels);
    }

    /// <summary>The run's totals over the sender's instellingen (a DUO operator: all); null when the run is not the sender's to see.</summary>
    public async Task<IReadOnlyList<Runtotaal>?> TotalenAsync(long runId, Afzender afzender, CancellationToken ct)
    {
        if (await ZichtbareRunAsync(runId, afzender, ct) is null)
        {
            return null;
        }

        return [.. (await store.Bekostiging.TotalenAsync(runId, EigenBrins(afzender), ct)).Select(Runtotaal.Van)];
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

        var verschillen = await store.Bekostiging.VerschillenAsync(voor, na, EigenBrins(afzender), ct);
        return (new Runverschil(voor, na, a.BekendOp, b.BekendOp, [.. verschillen.Select(v => Verschil(v, afzender))]), []);
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

    /// <summary>A DUO operator: one instelling or all; a school's board: one of its instellingen or all of them.</summary>
    private (string? Bestuur, IReadOnlyList<string>? Brins, Foutmelding? Fout) Omvang(string? brin, Afzender afzender)
    {
        if (afzender.DuoBeheer)
        {
            return (brin is null ? null : referentie.Huidig.Instelling(brin)?.Onderwijsbestuurcode, brin is null ? null : [brin], null);
        }

        if (afzender.Onderwijsbestuurcode is not { } bestuur || (brin is not null && !referentie.Huidig.HoortBijBestuur(brin, bestuur)))
        {
            return (null, null, RodFoutcodes.ROD004(brin ?? "(geen)"));
        }

        return (bestuur, brin is null ? referentie.Huidig.BrinsVanBestuur(bestuur) : [brin], null);
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

    private bool MagInstelling(string brin, Afzender afzender) =>
        afzender.DuoBeheer || (afzender.Onderwijsbestuurcode is { } bestuur && referentie.Huidig.HoortBijBestuur(brin, bestuur));

    private IReadOnlyList<string>? EigenBrins(Afzender afzender) =>
        afzender.DuoBeheer ? null : afzender.Onderwijsbestuurcode is { } bestuur ? referentie.Huidig.BrinsVanBestuur(bestuur) : [];

    private Bekostigingsverschil Verschil(Regelverschil v, Afzender afzender)
    {
        var regel = (v.Voor ?? v.Na)!;
        return new Bekostigingsverschil(regel.Brin, regel.Persoon, regel.Inschrijvingvolgnummer, regel.Soort, regel.Teldatum,
            regel.Soort == Regelsoort.Diploma ? regel.Sleutel : null, Regelstand.Van(v.Voor), Regelstand.Van(v.Na),
            [.. v.Leveringen.Select(l => MagInstelling(l.Brin, afzender) ? l : l with { Inschrijvingvolgnummer = "", BedrijfsdocumentId = null })]);
    }
}
