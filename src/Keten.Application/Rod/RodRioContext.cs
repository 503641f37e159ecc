using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Rod;
using Keten.Storage;

namespace Keten.Application.Rod;

/// <summary>
/// What the enrolment rules read from RIO, through the write transaction: the aanbieders (samenwerkende ones too),
/// locaties and aangeboden opleidingen the delivered state names, and the leerroutes of every aanbieder the pupil's enrolments follow a
/// leerroute at (for the rules and for the chain signals).
/// </summary>
internal sealed record RodRioContext(
    IReadOnlyDictionary<string, string> Aanbieders,
    IReadOnlySet<string> Locaties,
    IReadOnlyDictionary<Guid, AangebodenOpleiding> AangebodenOpleidingen,
    IReadOnlyList<Leerroute> Leerroutes)
{
    /// <summary>
    /// The RIO objects a delivered state names, to read ahead with the bedrijfsdocument claim in one round trip; the
    /// reads of <see cref="LaadAsync"/> then answer from what was read. Empty for U and V: their state is known only
    /// once the person is read.
    /// </summary>
    public static IReadOnlyCollection<TeLezen> TeLezen(Inschrijving? nieuw)
    {
        if (nieuw is null)
        {
            return [];
        }

        // A loop, not LINQ: the bulk ingest asks this for every enrolment of the nation.
        var teLezen = new List<TeLezen>(nieuw.Perioden.Count * 3);
        foreach (var aanbieder in GenoemdeAanbieders(nieuw.Perioden))
        {
            teLezen.Add(new TeLezen(RioObjectSoort.Onderwijsaanbieder, aanbieder));
        }

        foreach (var periode in nieuw.Perioden)
        {
            if (periode.Onderwijslocatiecode is { } locatie)
            {
                teLezen.Add(new TeLezen(RioObjectSoort.Onderwijslocatie, locatie));
            }
        }

        foreach (var periode in nieuw.Perioden)
        {
            if (periode.AangebodenOpleidingCode is { } opleiding)
            {
                teLezen.Add(new TeLezen(RioObjectSoort.AangebodenOpleiding, opleiding.ToString("D")));
            }
        }

        return teLezen;
    }

    public static Task<RodRioContext> LaadAsync(IRioTransactie transactie, Inschrijving? nieuw, IEnumerable<Inschrijving> allen, CancellationToken ct) =>
        LaadAsync(transactie, nieuw is null ? [] : [nieuw], allen, ct);

    /// <summary>
    /// The context of several states at once (the bulk ingest): the rules look each object up by its key and each route
    /// up by its aanbieders, so one context for all the states decides each as its own would.
    /// </summary>
    public static async Task<RodRioContext> LaadAsync(IRioTransactie transactie, IReadOnlyCollection<Inschrijving> genoemd, IEnumerable<Inschrijving> allen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transactie);
        var perioden = genoemd.SelectMany(i => i.Perioden).ToList();
        var aanbieders = await transactie.GetManyAsync(RioObjectSoort.Onderwijsaanbieder, [.. GenoemdeAanbieders(perioden).Distinct(StringComparer.Ordinal)], ct);
        var locaties = await transactie.GetManyAsync(RioObjectSoort.Onderwijslocatie,
            [.. perioden.Select(p => p.Onderwijslocatiecode).OfType<string>().Distinct(StringComparer.Ordinal)], ct);
        var opleidingen = await transactie.GetManyAsync(RioObjectSoort.AangebodenOpleiding,
            [.. perioden.Select(p => p.AangebodenOpleidingCode).OfType<Guid>().Select(g => g.ToString("D")).Distinct(StringComparer.Ordinal)], ct);

        var metLeerroute = allen.SelectMany(i => i.Perioden).Where(p => p.Leerroute is not null).Select(p => p.Onderwijsaanbiedercode)
            .Distinct(StringComparer.Ordinal).ToList();
        var leerlijn = await transactie.Rod.LeerlijnOpleidingenAsync(metLeerroute, ct);

        return new RodRioContext(
            aanbieders.ToDictionary(a => a.Sleutel, a => a.Onderwijsbestuurcode, StringComparer.Ordinal),
            locaties.Select(l => l.Sleutel).ToHashSet(StringComparer.Ordinal),
            opleidingen.Select(o => RioJson.Deserialize<AangebodenOpleiding>(o.StateJson!)).ToDictionary(o => o.AangebodenOpleidingCode),
            LeerrouteBepaling.Bepaal(leerlijn.Select(o => RioJson.Deserialize<AangebodenOpleiding>(o.StateJson!))));
    }

    /// <summary>
    /// Every aanbieder the periods name, as their aanbieder or as samenwerkende aanbieder: each is read under a shared
    /// lock, which verwijderen_onderwijsaanbieder takes exclusively before it looks for enrolments naming it (N04820).
    /// </summary>
    private static IEnumerable<string> GenoemdeAanbieders(IEnumerable<Inschrijvingsperiode> perioden)
    {
        foreach (var periode in perioden)
        {
            if (periode.Onderwijsaanbiedercode is { } aanbieder)
            {
                yield return aanbieder;
            }

            if (periode.SamenwerkendeOnderwijsaanbiedercode is { } samenwerkend)
            {
                yield return samenwerkend;
            }
        }
    }

    /// <summary>This context with only the routes of the given aanbieders (either side): what one pupil's own read would find.</summary>
    public RodRioContext VoorAanbieders(IReadOnlySet<string> aanbieders)
    {
        ArgumentNullException.ThrowIfNull(aanbieders);
        // Most pupils follow no leerroute: no need to walk the chunk's routes for them.
        return aanbieders.Count == 0
            ? this with { Leerroutes = [] }
            : this with { Leerroutes = [.. Leerroutes.Where(r => aanbieders.Contains(r.MboAanbiedercode) || aanbieders.Contains(r.VoAanbiedercode))] };
    }
}
