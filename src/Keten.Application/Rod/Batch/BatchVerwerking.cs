using System.Runtime.CompilerServices;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Storage;

namespace Keten.Application.Rod.Batch;

/// <summary>
/// Runs the mutations of a batch file through the <see cref="InschrijvingHandler"/> every door uses (same rules, same
/// one-transaction guarantee), up to <c>gelijktijdig</c> at once, and answers in the order of the file. The mutations
/// of one person run one after the other in the order of the file, so a T followed by an A for the same pupil sees its T.
/// A mutation that could not be read is answered with its KTN400s and never reaches the handler.
/// </summary>
public sealed class BatchVerwerking(InschrijvingHandler handler)
{
    /// <summary>How often a mutation is tried again when the store stays busy (<see cref="OpslagBezetException"/>).</summary>
    public const int Pogingen = 3;

    /// <summary>How many mutations run at once unless the caller says otherwise (docs/rod-batch.md, processing).</summary>
    public const int StandaardGelijktijdig = 8;

    /// <param name="identiteit">Where the bedrijfsdocument ids come from; null: no ids, so no repeat is recognised.</param>
    /// <exception cref="OpslagBezetException">The store stayed busy; the answers before it were given, the run can be resumed.</exception>
    public async IAsyncEnumerable<BatchResultaat> VerwerkAsync(IAsyncEnumerable<BatchMutatie> mutaties, Afzender afzender, BatchIdentiteit? identiteit,
        int gelijktijdig, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mutaties);
        ArgumentNullException.ThrowIfNull(afzender);
        ArgumentOutOfRangeException.ThrowIfLessThan(gelijktijdig, 1);
        var bezig = new Queue<(Persoonsnummer? Persoon, Task<BatchResultaat> Taak)>();
        try
        {
            await foreach (var mutatie in mutaties.WithCancellation(ct))
            {
                if (bezig.Count >= gelijktijdig)
                {
                    yield return await bezig.Dequeue().Taak;
                }

                var voorganger = mutatie.Opdracht is null ? null : bezig.LastOrDefault(b => b.Persoon is { } p && p == mutatie.Persoon).Taak;
                var id = identiteit?.BedrijfsdocumentId(afzender.Oin, mutatie.Regel);
                bezig.Enqueue((mutatie.Persoon, Task.Run(() => VoerUitAsync(mutatie, voorganger, afzender, id, ct), ct)));
            }

            while (bezig.Count > 0)
            {
                yield return await bezig.Dequeue().Taak;
            }
        }
        finally
        {
            // A run that stops (an error, a cancel, the caller stopped reading) leaves no mutation running on its own.
            await Task.WhenAll(bezig.Select(b => (Task)b.Taak)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<BatchResultaat> VoerUitAsync(BatchMutatie mutatie, Task<BatchResultaat>? voorganger, Afzender afzender, string? id, CancellationToken ct)
    {
        if (mutatie.Opdracht is null)
        {
            return new BatchResultaat(mutatie, id, InschrijvingTerugkoppeling.Afgekeurd([.. mutatie.Fouten]));
        }

        if (voorganger is not null)
        {
            // When the person's previous mutation failed, this one must not run on a state without it.
            await voorganger;
        }

        for (var poging = 1; ; poging++)
        {
            try
            {
                return new BatchResultaat(mutatie, id, await mutatie.Opdracht(handler, afzender, id, ct));
            }
            catch (BedrijfsdocumentAlGebruiktException e)
            {
                return new BatchResultaat(mutatie, id, InschrijvingTerugkoppeling.Afgekeurd(Foutcodes.KTN030(e.Id)));
            }
            catch (OpslagBezetException e) when (poging < Pogingen)
            {
                await Task.Delay(e.RetryAfter, ct);
            }
        }
    }
}
