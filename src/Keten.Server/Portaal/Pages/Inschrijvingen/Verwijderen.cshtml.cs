using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Inschrijvingen;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// Verwijderen (V): an enrolment delivered in error removed through <see cref="InschrijvingHandler.VerwijderenAsync"/>,
/// the mutation REST's <c>POST /api/rod/verwijderingen</c> and SOAP's <c>verwijderen_inschrijving</c> run, after a
/// confirmation page that says what removing means. Accepted: back to the search page with a confirmation; refused:
/// the page again with the refusal.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
public sealed class VerwijderenModel(InschrijvingHandler handler) : PortaalPaginaModel
{
    /// <summary>The id of the confirm button, where the error summary of a refusal links to.</summary>
    public const string Knop = "verwijderen";

    public string Id { get; private set; } = "";

    public Inschrijving Inschrijving { get; private set; } = null!;

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public string BedrijfsdocumentId { get; private set; } = Mutatieafhandeling.NieuwBedrijfsdocumentId();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Id = id;
        if (await handler.OpvragenAsync(id, null, Afzender, ct) is not { } huidig)
        {
            return Redirect(Portaalpaden.Inschrijving(id));
        }

        Inschrijving = huidig.Inschrijving;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? bedrijfsdocumentId, CancellationToken ct)
    {
        Id = id;
        if (await handler.OpvragenAsync(id, null, Afzender, ct) is not { } huidig)
        {
            return NotFound();
        }

        Inschrijving = huidig.Inschrijving;
        var documentId = Mutatieafhandeling.BedrijfsdocumentId(bedrijfsdocumentId);
        var (terugkoppeling, fout) = await Mutatieafhandeling.VerwerkAsync(() => handler.VerwijderenAsync(Inschrijving.Sleutel, Afzender, documentId, ct), Knop);
        if (terugkoppeling is { LeveringGoedgekeurd: true })
        {
            Verwijderbericht.Bewaar(TempData, $"Inschrijving {Inschrijving.Inschrijvingvolgnummer} bij {Inschrijving.Brin}");
            return RedirectToPage("/Inschrijvingen/Index");
        }

        Fouten = fout is not null ? [fout] : [.. terugkoppeling!.Foutmeldingen.Select(f => new Veldfout(Knop, f.Foutcode, f.Fouttekst))];
        return Page();
    }
}
