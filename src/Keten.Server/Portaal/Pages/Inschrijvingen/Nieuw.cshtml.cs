using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Inschrijvingen;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// Toevoegen (T): a new VO or MBO enrolment with its periods through <see cref="InschrijvingHandler.ToevoegenAsync"/>.
/// Accepted: to the enrolment's detail with the terugkoppeling; refused: the form again with every foutmelding.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
public sealed class NieuwModel(InschrijvingHandler handler, ReferentiedataBron referentie) : PortaalPaginaModel
{
    public InschrijvingFormulier Formulier { get; private set; } = null!;

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public string BedrijfsdocumentId { get; private set; } = Mutatieafhandeling.NieuwBedrijfsdocumentId();

    public IReadOnlyList<(string Waarde, string Tekst)> Instellingen =>
        [.. referentie.Huidig.BrinsVanBestuur(Gebruiker.Medewerker.Onderwijsbestuurcode).Select(b => (b, $"{b} – {referentie.Huidig.Instelling(b)?.Naam}"))];

    public void OnGet() => Formulier = InschrijvingFormulier.Leeg(Instellingen.FirstOrDefault().Waarde);

    public async Task<IActionResult> OnPostAsync(string? bedrijfsdocumentId, CancellationToken ct)
    {
        Formulier = InschrijvingFormulier.Lees(Request.Form);
        var (inschrijving, fouten) = Formulier.NaarInschrijving(null);
        if (inschrijving is null)
        {
            Fouten = fouten;
            return Page();
        }

        var id = Mutatieafhandeling.BedrijfsdocumentId(bedrijfsdocumentId);
        var (terugkoppeling, fout) = await Mutatieafhandeling.VerwerkAsync(() => handler.ToevoegenAsync(inschrijving, Afzender, id, ct), "persoonsnummer");
        if (terugkoppeling is { LeveringGoedgekeurd: true, InschrijvingId: { } inschrijvingId })
        {
            Terugkoppelingsbericht.Bewaar(TempData, terugkoppeling);
            return RedirectToPage("/Inschrijvingen/Detail", new { id = inschrijvingId });
        }

        Fouten = fout is not null ? [fout]
            : [.. terugkoppeling!.Foutmeldingen.Select(f => Formulier.VeldfoutVan(f, "persoonsnummer"))];
        return Page();
    }
}
