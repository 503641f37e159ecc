using Keten.Domain.Toegang;
using Keten.Server.Portaal.Batch;
using Keten.Server.Portaal.Inschrijvingen;
using Keten.Storage.Batch;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// A batch file (docs/rod-batch.md) uploaded: checked (size, a header Keten can place, its mutations counted) and stored
/// as a job (<see cref="Batchtaken"/>) that a worker in any server process runs through the handlers; the answer is a
/// redirect to the job's progress page. Below the form, the board's recent jobs with their status.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
[RequestSizeLimit(Batchtaken.MaximaleGrootte + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = Batchtaken.MaximaleGrootte + (64 * 1024))]
public sealed class BatchModel(Batchtaken batchtaken, BatchtaakOpties opties, TimeProvider klok) : PortaalPaginaModel
{
    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public IReadOnlyList<Batchtaak> Taken { get; private set; } = [];

    public string Status(Batchtaak taak) => Batchtaakweergave.Status(taak, klok.GetUtcNow(), opties.Lease);

    public async Task OnGetAsync(CancellationToken ct) => Taken = await batchtaken.RecenteAsync(Gebruiker, ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? bestand, CancellationToken ct)
    {
        if (bestand is null || bestand.Length == 0)
        {
            return await OpnieuwAsync("Kies een batchbestand (CSV)", ct);
        }

        if (bestand.Length > Batchtaken.MaximaleGrootte)
        {
            return await OpnieuwAsync("Het bestand is groter dan 5 MB; lever het aan via de REST-batch of de opdrachtregel", ct);
        }

        using var inhoud = new MemoryStream((int)bestand.Length);
        await bestand.CopyToAsync(inhoud, ct);
        var (taakId, fout) = await batchtaken.AanleverenAsync(Gebruiker, Path.GetFileName(bestand.FileName), inhoud.ToArray(), ct);
        return taakId is { } id ? RedirectToPage("/Inschrijvingen/Batchtaak", new { taakId = id }) : await OpnieuwAsync(fout!, ct);
    }

    private async Task<IActionResult> OpnieuwAsync(string fout, CancellationToken ct)
    {
        Fouten = [Inschrijvingsopmaak.Ongeldig("bestand", fout)];
        await OnGetAsync(ct);
        return Page();
    }
}
