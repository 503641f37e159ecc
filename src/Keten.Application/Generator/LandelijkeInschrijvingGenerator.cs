using System.Numerics;
using System.Collections.Concurrent;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Storage;
using Keten.Storage.Rod;

namespace Keten.Application.Generator;

/// <summary>What an enrolment load did: batches, enrolments accepted and refused (with the first refusals' codes), onderwijsnummers issued.</summary>
public sealed record InschrijvingenResultaat(int Blokken, long Inschrijvingen, long Goedgekeurd, long Afgekeurd, long Onderwijsnummers, long Rijen, IReadOnlyList<string> EersteWeigeringen);

/// <summary>
/// Loads <see cref="LandelijkeInschrijvingen"/> through the bulk ingest (<see cref="InschrijvingBulkverwerking"/>):
/// every rule on, one transaction per batch, <c>gelijktijdig</c> batches at a time. Each batch has a stable
/// bedrijfsdocument id, so a second run repeats each batch and gets its recorded answers. The onderwijsnummers of a
/// batch's persons are issued with it, in its transaction, as DUO's register does for a person without a BSN (taken
/// from the top of the number space, <see cref="LandelijkePersonen"/>, where the identificatieverzoek does not reach).
/// </summary>
public sealed class LandelijkeInschrijvingGenerator(IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd, int gelijktijdig = 2)
{
    private const int Weigeringen = 10;

    public async Task<InschrijvingenResultaat> RegistreerAsync(LandelijkeInschrijvingen inschrijvingen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        var bulk = new InschrijvingBulkverwerking(store, referentie, tijd);
        long blokken = 0, aantal = 0, goed = 0, fout = 0, onderwijsnummers = 0, rijen = 0;
        var weigeringen = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(inschrijvingen.Blokken(), new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig, CancellationToken = ct }, async (blok, token) =>
        {
            // The nation's register as it stands, loaded after the fact: past teldata are history, not a school's late change,
            // so the load carries the accountantsverklaring the mutation stop asks (docs/rod.md, "Mutation stop").
            var antwoorden = await bulk.VerwerkAsync([.. blok.Inschrijvingen.Select(i => Inschrijvingmutatie.Toevoegen(i, accountantsverklaring: true))],
                blok.Afzender, blok.BedrijfsdocumentId, token, blok.Onderwijsnummers);
            Interlocked.Add(ref onderwijsnummers, blok.Onderwijsnummers.Count);
            var afgekeurd = antwoorden.Where(a => !a.LeveringGoedgekeurd).ToList();
            foreach (var a in afgekeurd.Take(Weigeringen - weigeringen.Count))
            {
                weigeringen.Enqueue(string.Join(" ", a.Foutmeldingen.Select(f => $"{f.Foutcode}({string.Join(",", f.Sleutelgegevens.Select(g => $"{g.Sleutelnaam}={g.Sleutelwaarde}"))})")));
            }

            if (BijwerkenNa(Interlocked.Increment(ref blokken)))
            {
                await store.RodStatistiekenBijwerkenAsync(token);
            }

            Interlocked.Add(ref rijen, blok.Rijen);
            Interlocked.Add(ref aantal, antwoorden.Count);
            Interlocked.Add(ref goed, antwoorden.Count - afgekeurd.Count);
            Interlocked.Add(ref fout, afgekeurd.Count);
        });

        return new InschrijvingenResultaat((int)blokken, aantal, goed, fout, onderwijsnummers, rijen, [.. weigeringen]);
    }

    /// <summary>
    /// Whether the planner's statistics are refreshed after this many batches: after 1, 4, 16, 64, … (each time the
    /// register has grown about fourfold), so the reads of every batch are planned for the register as it now is, not
    /// as the empty one it started from (ADR 0025).
    /// </summary>
    public static bool BijwerkenNa(long blokken) => blokken > 0 && (blokken & (blokken - 1)) == 0 && BitOperations.TrailingZeroCount(blokken) % 2 == 0;

    /// <summary>
    /// The storage limit of the same load (<see cref="RodOpslaglimiet"/>): the same rows, batches and concurrency, written
    /// into copies of the tables with nothing read or checked. For the benchmark.
    /// </summary>
    public async Task<InschrijvingenResultaat> OpslaglimietAsync(LandelijkeInschrijvingen inschrijvingen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        await RodOpslaglimiet.MaakKopieenAsync(store, ct);
        long blokken = 0, aantal = 0, rijen = 0, versie = 0;
        await Parallel.ForEachAsync(inschrijvingen.Blokken(), new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig, CancellationToken = ct }, async (blok, token) =>
        {
            var versies = blok.Inschrijvingen.Select(i => new InschrijvingVersie(InschrijvingIds.Nieuw(), blok.Afzender.Onderwijsbestuurcode!, i)).ToList();
            await RodOpslaglimiet.SchrijfAsync(store, versies, Interlocked.Add(ref versie, versies.Count) - versies.Count + 1, blok.NieuwePersonen, token);
            Interlocked.Increment(ref blokken);
            Interlocked.Add(ref aantal, versies.Count);
            Interlocked.Add(ref rijen, blok.Rijen);
        });

        return new InschrijvingenResultaat((int)blokken, aantal, aantal, 0, 0, rijen, []);
    }
}
