using Keten.Domain.Toegang;
using Keten.Server.Portaal.Batch;
using Keten.Storage.Batch;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// A batch job's progress (<see cref="Batchtaken"/>), for the board that uploaded it only (another board's job is a 404
/// page): status, "n van N mutaties verwerkt" and a progress bar; while it runs, the page refreshes itself (a meta
/// refresh without JavaScript, which the medewerker can stop; with JavaScript only the progress part is fetched,
/// <c>voortgang</c>); when it is done, the counts, the per-mutation table and the terugkoppeling file (<c>terugkoppeling</c>).
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
public sealed class BatchtaakModel(Batchtaken batchtaken, BatchtaakOpties opties, TimeProvider klok) : PortaalPaginaModel
{
    public Batchtaak? Taak { get; private set; }

    public IReadOnlyList<BatchtaakRegel> Regels { get; private set; } = [];

    /// <summary>False after "Automatisch vernieuwen stoppen" (<c>?vernieuwen=uit</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "vernieuwen")]
    public string? VernieuwenParameter { get; set; }

    public bool Klaar => Taak?.Status == Batchtaakstatus.Klaar;

    public bool Vernieuwt => !Klaar && VernieuwenParameter != "uit";

    public string Status => Taak is null ? "" : Batchtaakweergave.Status(Taak, klok.GetUtcNow(), opties.Lease);

    public string Voortgang => Taak is null ? "" : Batchtaakweergave.Voortgang(Taak);

    public string TerugkoppelingBestandsnaam => "terugkoppeling-" + Path.GetFileNameWithoutExtension(Taak?.Bestandsnaam ?? "batch") + ".csv";

    public async Task<IActionResult> OnGetAsync(Guid taakId, CancellationToken ct)
    {
        Taak = await batchtaken.TaakAsync(Gebruiker, taakId, ct);
        if (Taak is null)
        {
            return NietGevonden();
        }

        if (Klaar)
        {
            Regels = await batchtaken.RegelsAsync(Taak, ct);
        }

        return Page();
    }

    /// <summary>The terugkoppeling file of a finished job (the answers so far while it runs).</summary>
    public async Task<IActionResult> OnGetTerugkoppelingAsync(Guid taakId, CancellationToken ct)
    {
        Taak = await batchtaken.TaakAsync(Gebruiker, taakId, ct);
        if (Taak is null)
        {
            return NietGevonden();
        }

        using var inhoud = new MemoryStream();
        await batchtaken.SchrijfTerugkoppelingAsync(Taak, inhoud, ct);
        return File(inhoud.ToArray(), "text/csv; charset=utf-8", TerugkoppelingBestandsnaam);
    }

    /// <summary>The progress part for the page's script: the same texts the page shows.</summary>
    public async Task<IActionResult> OnGetVoortgangAsync(Guid taakId, CancellationToken ct)
    {
        Taak = await batchtaken.TaakAsync(Gebruiker, taakId, ct);
        return Taak is null ? NotFound() : new JsonResult(new { verwerkt = Taak.Verwerkt, totaal = Taak.Totaal, status = Status, tekst = Voortgang, klaar = Klaar });
    }

    private PageResult NietGevonden()
    {
        Taak = null;
        return new PageResult { StatusCode = StatusCodes.Status404NotFound };
    }
}
