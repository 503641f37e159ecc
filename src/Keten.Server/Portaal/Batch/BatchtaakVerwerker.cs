using System.Diagnostics;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Application.Rod.Batch;
using Keten.Server.Toegang;
using Keten.Storage;
using Keten.Storage.Batch;

namespace Keten.Server.Portaal.Batch;

/// <summary>
/// One worker of the portal's batch jobs (ADR 0024). It claims a job under a lease, renews the lease while it works, and
/// runs the file through <see cref="BatchLezer"/> and <see cref="BatchVerwerking"/> over <see cref="InschrijvingHandler"/>
/// with the job's <see cref="BatchIdentiteit"/>, as the uploader's board and authorisations (door Portaal), storing the
/// answers in order. A job claimed again after its worker died continues after its last stored answer; mutations that
/// were committed but not stored get their recorded answer from the bedrijfsdocument claim, so none is applied twice.
/// A worker that loses its lease stops: it can store nothing more.
/// </summary>
public sealed partial class BatchtaakVerwerker(IKetenStore store, InschrijvingHandler handler, ReferentiedataBron referentie, BatchtaakOpties opties,
    ILogger<BatchtaakVerwerker> logger)
{
    /// <summary>This worker's name in the lease: unique per process and instance.</summary>
    public string Eigenaar { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Claims and processes one job; false when there was none to claim.</summary>
    public async Task<bool> VerwerkVolgendeAsync(CancellationToken ct)
    {
        if (await store.Batchtaken.ClaimAsync(Eigenaar, opties.Lease, ct) is not { } geclaimd)
        {
            return false;
        }

        Geclaimd(geclaimd.Taak.TaakId, geclaimd.BeantwoordTot);
        using var leaseVerloren = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var stopVerlengen = new CancellationTokenSource();
        var verlenging = VerlengAsync(geclaimd.Taak.TaakId, leaseVerloren, stopVerlengen.Token);
        try
        {
            await VerwerkAsync(geclaimd, leaseVerloren.Token);
        }
        catch (Exception e) when (e is LeaseVerlorenException || (e is OperationCanceledException && leaseVerloren.IsCancellationRequested && !ct.IsCancellationRequested))
        {
            LeaseKwijt(geclaimd.Taak.TaakId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The lease runs out and the job is claimed again (by any process) and resumed.
            Mislukt(e, geclaimd.Taak.TaakId);
        }
        finally
        {
            await stopVerlengen.CancelAsync();
            await verlenging;
        }

        return true;
    }

    private async Task VerwerkAsync(GeclaimdeBatchtaak geclaimd, CancellationToken ct)
    {
        var taak = geclaimd.Taak;
        var afzender = await AfzenderAsync(taak, ct);
        var mutaties = Na(BatchLezer.LeesAsync(new MemoryStream(geclaimd.Bestand, writable: false), ct), geclaimd.BeantwoordTot);
        var blok = new List<BatchtaakRegel>();
        var sinds = Stopwatch.StartNew();
        await foreach (var resultaat in new BatchVerwerking(handler).VerwerkAsync(mutaties, afzender, new BatchIdentiteit(taak.Kenmerk),
            BatchVerwerking.StandaardGelijktijdig, ct))
        {
            blok.Add(new BatchtaakRegel(resultaat.Mutatie.Regel, BatchTerugkoppelingKolommen.Van(resultaat), resultaat.Antwoord.LeveringGoedgekeurd));
            if (blok.Count >= opties.Blok || sinds.Elapsed >= opties.Opslaginterval)
            {
                await OpslaanAsync(taak.TaakId, blok, ct);
                sinds.Restart();
            }
        }

        await OpslaanAsync(taak.TaakId, blok, ct);
        if (!await store.Batchtaken.AfrondenAsync(taak.TaakId, Eigenaar, ct))
        {
            throw new LeaseVerlorenException();
        }

        Klaar(taak.TaakId);
    }

    private async Task OpslaanAsync(Guid taakId, List<BatchtaakRegel> blok, CancellationToken ct)
    {
        if (blok.Count > 0 && !await store.Batchtaken.RegelsOpslaanAsync(taakId, Eigenaar, blok, ct))
        {
            throw new LeaseVerlorenException();
        }

        blok.Clear();
    }

    /// <summary>
    /// The uploader as the sender, with their authorisations as they are now (the handlers judge each mutation by them);
    /// a medewerker who no longer exists has none, so every mutation is refused by the handler's own check.
    /// </summary>
    private async Task<Afzender> AfzenderAsync(Batchtaak taak, CancellationToken ct)
    {
        if (await store.Medewerkers.MedewerkerAsync(taak.MedewerkerId, ct) is { } medewerker && medewerker.Onderwijsbestuurcode == taak.Onderwijsbestuurcode)
        {
            return MedewerkerAfzender.Van(medewerker, referentie.Huidig, Deur.Portaal);
        }

        var bestuur = referentie.Huidig.Bestuur(taak.Onderwijsbestuurcode);
        return new Afzender(bestuur?.Oin ?? "", bestuur?.Code)
        {
            Deur = Deur.Portaal,
            Handelende = new Handelende(HandelendeSoort.Medewerker, taak.MedewerkerId),
            Autorisaties = [],
        };
    }

    /// <summary>Renews the lease every third of its length; when it is gone, stops the processing.</summary>
    private async Task VerlengAsync(Guid taakId, CancellationTokenSource leaseVerloren, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(opties.Lease / 3, stop);
                if (!await store.Batchtaken.VerlengAsync(taakId, Eigenaar, stop))
                {
                    await leaseVerloren.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            // A renewal that fails lets the lease run out: another worker takes the job over, this one then stores nothing.
            Mislukt(e, taakId);
        }
    }

    /// <summary>The mutations after the last one already answered.</summary>
    private static async IAsyncEnumerable<BatchMutatie> Na(IAsyncEnumerable<BatchMutatie> mutaties, long beantwoordTot)
    {
        await foreach (var mutatie in mutaties)
        {
            if (mutatie.Regel > beantwoordTot)
            {
                yield return mutatie;
            }
        }
    }

    private sealed class LeaseVerlorenException : Exception;

    [LoggerMessage(Level = LogLevel.Information, Message = "Batchtaak {TaakId} geclaimd, verder na regel {Regel}")]
    private partial void Geclaimd(Guid taakId, long regel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Batchtaak {TaakId} klaar")]
    private partial void Klaar(Guid taakId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batchtaak {TaakId}: de lease is overgenomen door een andere verwerker; deze stopt")]
    private partial void LeaseKwijt(Guid taakId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batchtaak {TaakId}: verwerking onderbroken; hervat na het verlopen van de lease")]
    private partial void Mislukt(Exception e, Guid taakId);
}
