using System.Security.Cryptography;
using Keten.Application.Rod.Batch;
using Keten.Storage;
using Keten.Storage.Batch;

namespace Keten.Server.Portaal.Batch;

/// <summary>
/// The portal's batch jobs as a medewerker sees them (docs/portaal.md, "Batch"). A file uploaded becomes a job in the
/// database: read once through <see cref="BatchLezer"/> (a header Keten cannot place refuses it here, before anything is
/// stored) to count its mutations, identified by its SHA-256 as the CLI does, stored with the medewerker who uploaded it;
/// a worker (<see cref="BatchtaakVerwerker"/>) processes it. A job and its answers are only ever shown to its own board.
/// </summary>
public sealed class Batchtaken(IKetenStore store)
{
    /// <summary>The portal takes files of this size; larger ones belong on the REST batch upload or the CLI.</summary>
    public const long MaximaleGrootte = 5 * 1024 * 1024;

    /// <returns>The job's id, or why the file was not accepted (a Dutch text for the error summary).</returns>
    public async Task<(Guid? TaakId, string? Fout)> AanleverenAsync(Portaalgebruiker gebruiker, string bestandsnaam, byte[] inhoud, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        ArgumentNullException.ThrowIfNull(inhoud);
        var totaal = 0;
        try
        {
            await foreach (var _ in BatchLezer.LeesAsync(new MemoryStream(inhoud, writable: false), ct))
            {
                totaal++;
            }
        }
        catch (OngeldigBatchbestandException e)
        {
            return (null, e.Message);
        }

        if (totaal == 0)
        {
            return (null, "Het bestand bevat geen mutaties");
        }

        var taakId = Guid.NewGuid();
        await store.Batchtaken.AanmakenAsync(new NieuweBatchtaak(taakId, gebruiker.Medewerker.Onderwijsbestuurcode, gebruiker.Medewerker.Id,
            bestandsnaam, Convert.ToHexStringLower(SHA256.HashData(inhoud)), inhoud, totaal), ct);
        return (taakId, null);
    }

    /// <summary>The job when it is the medewerker's board's; null otherwise (another board's job does not exist for them).</summary>
    public async Task<Batchtaak?> TaakAsync(Portaalgebruiker gebruiker, Guid taakId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        var taak = await store.Batchtaken.TaakAsync(taakId, ct);
        return taak?.Onderwijsbestuurcode == gebruiker.Medewerker.Onderwijsbestuurcode ? taak : null;
    }

    public Task<IReadOnlyList<Batchtaak>> RecenteAsync(Portaalgebruiker gebruiker, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return store.Batchtaken.TakenVanBestuurAsync(gebruiker.Medewerker.Onderwijsbestuurcode, 20, ct);
    }

    /// <summary>The answers of a job already checked with <see cref="TaakAsync"/>, in the order of the file.</summary>
    public Task<IReadOnlyList<BatchtaakRegel>> RegelsAsync(Batchtaak taak, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(taak);
        return store.Batchtaken.RegelsAsync(taak.TaakId, ct);
    }

    /// <summary>The terugkoppeling file of a job (docs/rod-batch.md), as the CLI writes it.</summary>
    public async Task SchrijfTerugkoppelingAsync(Batchtaak taak, Stream doel, CancellationToken ct)
    {
        await using var schrijver = await BatchTerugkoppelingSchrijver.OpenAsync(doel, metKop: true, leaveOpen: true, ct);
        foreach (var regel in await RegelsAsync(taak, ct))
        {
            await schrijver.SchrijfAsync(regel.Kolommen, ct);
        }
    }
}
