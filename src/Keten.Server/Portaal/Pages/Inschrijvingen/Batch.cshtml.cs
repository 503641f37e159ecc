using System.Security.Cryptography;
using System.Text;
using Keten.Application.Rod;
using Keten.Application.Rod.Batch;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Inschrijvingen;
using Keten.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// A batch file (docs/rod-batch.md) uploaded and processed as POST /api/rod/batches does it (<see cref="BatchLezer"/>,
/// <see cref="BatchVerwerking"/> over <see cref="InschrijvingHandler"/>), the identity the file's SHA-256, so the same
/// file again gets every mutation's recorded answer. The page answers when the file is done (no JavaScript): a table of
/// the per-mutation terugkoppeling and the terugkoppeling file to download, carried in the page itself.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
[RequestSizeLimit(BatchModel.MaximaleGrootte + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = BatchModel.MaximaleGrootte + (64 * 1024))]
public sealed class BatchModel(InschrijvingHandler handler) : PortaalPaginaModel
{
    /// <summary>The portal processes files of this size; larger ones belong on the REST batch upload or the CLI.</summary>
    public const long MaximaleGrootte = 5 * 1024 * 1024;

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public string? Bestandsnaam { get; private set; }

    public IReadOnlyList<string[]>? Regels { get; private set; }

    public string? Terugkoppeling { get; private set; }

    public int Goedgekeurd => Regels?.Count(r => r[BatchTerugkoppelingKolommen.Goedgekeurd] == "J") ?? 0;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? bestand, CancellationToken ct)
    {
        if (bestand is null || bestand.Length == 0)
        {
            Fouten = [Inschrijvingsopmaak.Ongeldig("bestand", "Kies een batchbestand (CSV)")];
            return Page();
        }

        if (bestand.Length > MaximaleGrootte)
        {
            Fouten = [Inschrijvingsopmaak.Ongeldig("bestand", "Het bestand is groter dan 5 MB; lever het aan via de REST-batch of de opdrachtregel")];
            return Page();
        }

        Bestandsnaam = Path.GetFileName(bestand.FileName);
        string kenmerk;
        await using (var invoer = bestand.OpenReadStream())
        {
            kenmerk = Convert.ToHexStringLower(await SHA256.HashDataAsync(invoer, ct));
        }

        await using var bron = bestand.OpenReadStream();
        await using var mutaties = BatchLezer.LeesAsync(bron, ct).GetAsyncEnumerator(ct);
        bool eerste;
        try
        {
            eerste = await mutaties.MoveNextAsync();
        }
        catch (OngeldigBatchbestandException e)
        {
            Fouten = [Inschrijvingsopmaak.Ongeldig("bestand", e.Message)];
            return Page();
        }

        var regels = new List<string[]>();
        using var uitvoer = new MemoryStream();
        try
        {
            await using var schrijver = await BatchTerugkoppelingSchrijver.OpenAsync(uitvoer, metKop: true, leaveOpen: true, ct);
            await foreach (var resultaat in new BatchVerwerking(handler).VerwerkAsync(Verder(mutaties, eerste), Afzender, new BatchIdentiteit(kenmerk),
                BatchVerwerking.StandaardGelijktijdig, ct))
            {
                regels.Add(BatchTerugkoppelingKolommen.Van(resultaat));
                await schrijver.SchrijfAsync(resultaat, ct);
            }
        }
        catch (OpslagBezetException)
        {
            Fouten = [Veldfout.Voor("bestand", Domain.Rio.Foutcodes.KTN503($"na {regels.Count} mutaties; lever hetzelfde bestand opnieuw aan, wat al verwerkt is wordt niet dubbel verwerkt"))];
        }

        Regels = regels;
        Terugkoppeling = "data:text/csv;charset=utf-8;base64," + Convert.ToBase64String(uitvoer.ToArray());
        return Page();
    }

    public string TerugkoppelingBestandsnaam => "terugkoppeling-" + Path.GetFileNameWithoutExtension(Bestandsnaam ?? "batch") + ".csv";

    /// <summary>The mutations from the one already read on.</summary>
    private static async IAsyncEnumerable<BatchMutatie> Verder(IAsyncEnumerator<BatchMutatie> mutaties, bool eerste)
    {
        for (var er = eerste; er; er = await mutaties.MoveNextAsync())
        {
            yield return mutaties.Current;
        }
    }
}
