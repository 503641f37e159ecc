using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Inschrijvingen;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// Aanpassen (A): the main fields and periods of an existing enrolment edited, the whole new state delivered through
/// <see cref="InschrijvingHandler.AanpassenAsync"/>, with its BPVs and (MBO) diplomas. The key (BRIN, person, volgnummer)
/// is the stored one; what the form does not edit (werkelijke uitschrijving, reden uitstroom) is kept.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
public sealed class AanpassenModel(InschrijvingHandler handler, ReferentiedataBron referentie) : PortaalPaginaModel
{
    public string Id { get; private set; } = "";

    public InschrijvingFormulier Formulier { get; private set; } = null!;

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public string BedrijfsdocumentId { get; private set; } = Mutatieafhandeling.NieuwBedrijfsdocumentId();

    public IReadOnlyList<(string Waarde, string Tekst)> Instellingen =>
        [.. referentie.Huidig.BrinsVanBestuur(Gebruiker.Medewerker.Onderwijsbestuurcode).Select(b => (b, b))];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Id = id;
        if (await handler.OpvragenAsync(id, null, Afzender, ct) is not { } huidig)
        {
            return Redirect(Portaalpaden.Inschrijving(id));
        }

        Formulier = InschrijvingFormulier.Van(huidig.Inschrijving);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? bedrijfsdocumentId, CancellationToken ct)
    {
        Id = id;
        if (await handler.OpvragenAsync(id, null, Afzender, ct) is not { Inschrijving: var huidig })
        {
            return NotFound();
        }

        Formulier = InschrijvingFormulier.Lees(Request.Form);
        (Formulier.Sector, Formulier.Brin, Formulier.Persoonsnummersoort, Formulier.Persoonsnummer, Formulier.Inschrijvingvolgnummer) =
            (huidig.Sector.ToString(), huidig.Brin, Inschrijvingsopmaak.Soort(huidig.Persoon), huidig.Persoon.Waarde, huidig.Inschrijvingvolgnummer);
        Bewaar(huidig);
        var (inschrijving, fouten) = Formulier.NaarInschrijving(huidig);
        if (inschrijving is null)
        {
            Fouten = fouten;
            return Page();
        }

        var documentId = Mutatieafhandeling.BedrijfsdocumentId(bedrijfsdocumentId);
        var (terugkoppeling, fout) = await Mutatieafhandeling.VerwerkAsync(() => handler.AanpassenAsync(inschrijving, Afzender, documentId, ct), "datumInschrijving");
        if (terugkoppeling is { LeveringGoedgekeurd: true })
        {
            Terugkoppelingsbericht.Bewaar(TempData, terugkoppeling);
            return RedirectToPage("/Inschrijvingen/Detail", new { id });
        }

        Fouten = fout is not null ? [fout]
            : [.. terugkoppeling!.Foutmeldingen.Select(f => Formulier.VeldfoutVan(f, "datumInschrijving"))];
        return Page();
    }

    /// <summary>The stored periods' fields the form does not show stay with the period of the same datum begin.</summary>
    private void Bewaar(Inschrijving huidig)
    {
        foreach (var periode in Formulier.Perioden)
        {
            periode.Bewaard = huidig.Perioden.FirstOrDefault(p => Inschrijvingsopmaak.Veld(p.DatumBegin) == periode.DatumBegin);
        }
    }
}
