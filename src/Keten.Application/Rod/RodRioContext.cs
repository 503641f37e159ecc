using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Rod;
using Keten.Storage;

namespace Keten.Application.Rod;

/// <summary>
/// What the enrolment rules read from RIO, through the write transaction: the aanbieders, locaties and aangeboden
/// opleidingen the delivered state names, and the leerroutes of every aanbieder the pupil's enrolments follow a
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
    public static IReadOnlyCollection<TeLezen> TeLezen(Inschrijving? nieuw) => nieuw is null ? [] :
        [.. nieuw.Perioden.Select(p => new TeLezen(RioObjectSoort.Onderwijsaanbieder, p.Onderwijsaanbiedercode)),
            .. nieuw.Perioden.Select(p => p.Onderwijslocatiecode).OfType<string>().Select(l => new TeLezen(RioObjectSoort.Onderwijslocatie, l)),
            .. nieuw.Perioden.Select(p => p.AangebodenOpleidingCode).OfType<Guid>().Select(g => new TeLezen(RioObjectSoort.AangebodenOpleiding, g.ToString("D")))];

    public static Task<RodRioContext> LaadAsync(IRioTransactie transactie, Inschrijving? nieuw, IEnumerable<Inschrijving> allen, CancellationToken ct) =>
        LaadAsync(transactie, nieuw is null ? [] : [nieuw], allen, ct);

    /// <summary>
    /// The context of several states at once (the bulk ingest): the rules look each object up by its key and each route
    /// up by its aanbieders, so one context for all the states decides each as its own would.
    /// </summary>
    public static async Task<RodRioContext> LaadAsync(IRioTransactie transactie, IReadOnlyCollection<Inschrijving> genoemd, IEnumerable<Inschrijving> allen, CancellationToken ct) =>
        Bouw(await LeesBronnenAsync(transactie, genoemd, allen, ct));

    /// <summary>The RIO rows the context of these states is made of, read through the transaction (with its locks).</summary>
    public static async Task<RodRioBronnen> LeesBronnenAsync(IRioTransactie transactie, IReadOnlyCollection<Inschrijving> genoemd, IEnumerable<Inschrijving> allen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transactie);
        var perioden = genoemd.SelectMany(i => i.Perioden).ToList();
        var aanbieders = await transactie.GetManyAsync(RioObjectSoort.Onderwijsaanbieder,
            [.. perioden.Select(p => p.Onderwijsaanbiedercode).Distinct(StringComparer.Ordinal)], ct);
        var locaties = await transactie.GetManyAsync(RioObjectSoort.Onderwijslocatie,
            [.. perioden.Select(p => p.Onderwijslocatiecode).OfType<string>().Distinct(StringComparer.Ordinal)], ct);
        var opleidingen = await transactie.GetManyAsync(RioObjectSoort.AangebodenOpleiding,
            [.. perioden.Select(p => p.AangebodenOpleidingCode).OfType<Guid>().Select(g => g.ToString("D")).Distinct(StringComparer.Ordinal)], ct);

        var metLeerroute = allen.SelectMany(i => i.Perioden).Where(p => p.Leerroute is not null).Select(p => p.Onderwijsaanbiedercode)
            .Distinct(StringComparer.Ordinal).ToList();
        var leerlijn = await transactie.Rod.LeerlijnOpleidingenAsync(metLeerroute, ct);
        return new RodRioBronnen(aanbieders, locaties, opleidingen, leerlijn);
    }

    public static RodRioContext Bouw(RodRioBronnen bronnen)
    {
        ArgumentNullException.ThrowIfNull(bronnen);
        return new RodRioContext(
            bronnen.Aanbieders.ToDictionary(a => a.Sleutel, a => a.Onderwijsbestuurcode, StringComparer.Ordinal),
            bronnen.Locaties.Select(l => l.Sleutel).ToHashSet(StringComparer.Ordinal),
            bronnen.Opleidingen.Select(o => RioJson.Deserialize<AangebodenOpleiding>(o.StateJson!)).ToDictionary(o => o.AangebodenOpleidingCode),
            LeerrouteBepaling.Bepaal(bronnen.Leerlijn.Select(o => RioJson.Deserialize<AangebodenOpleiding>(o.StateJson!))));
    }

    /// <summary>This context with only the routes of the given aanbieders (either side): what one pupil's own read would find.</summary>
    public RodRioContext VoorAanbieders(IReadOnlySet<string> aanbieders) =>
        this with { Leerroutes = [.. Leerroutes.Where(r => aanbieders.Contains(r.MboAanbiedercode) || aanbieders.Contains(r.VoAanbiedercode))] };
}
