using Keten.Application.Rod;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Inschrijvingen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// Uitschrijven (U): the werkelijke datum uitschrijving, reden uitstroom and (MBO) the diplomas obtained through
/// <see cref="InschrijvingHandler.UitschrijvenAsync"/>, which merges the diplomas into the stored ones by resultaatvolgnummer.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
public sealed class UitschrijvenModel(InschrijvingHandler handler) : PortaalPaginaModel
{
    private static readonly IReadOnlyDictionary<string, string> Veldnamen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["datumUitschrijving"] = "datumUitschrijvingWerkelijk", ["datumUitschrijvingWerkelijk"] = "datumUitschrijvingWerkelijk", ["redenUitstroom"] = "redenUitstroom",
    };

    public string Id { get; private set; } = "";

    public Inschrijving Inschrijving { get; private set; } = null!;

    public string? DatumUitschrijvingWerkelijk { get; private set; }

    public string? RedenUitstroom { get; private set; }

    /// <summary>The diploma rows (MBO only): the stored diplomas and one empty row.</summary>
    public List<DiplomaFormulier> Diplomas { get; } = [];

    public bool MetDiplomas => Inschrijving.Sector == Sector.MBO;

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
        Diplomas.AddRange(Inschrijving.Diplomas.Select(DiplomaFormulier.Van));
        return Toon();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? datumUitschrijvingWerkelijk, string? redenUitstroom, string? bedrijfsdocumentId, CancellationToken ct)
    {
        Id = id;
        (DatumUitschrijvingWerkelijk, RedenUitstroom) = (datumUitschrijvingWerkelijk, redenUitstroom);
        if (await handler.OpvragenAsync(id, null, Afzender, ct) is not { } huidig)
        {
            return NotFound();
        }

        Inschrijving = huidig.Inschrijving;
        Diplomas.AddRange(DiplomaFormulier.LeesAlle(Request.Form));
        var fouten = new List<Veldfout>();
        var datum = Inschrijvingsopmaak.LeesDatum(datumUitschrijvingWerkelijk);
        if (datum is null)
        {
            fouten.Add(Inschrijvingsopmaak.Ongeldig("datumUitschrijvingWerkelijk", "Vul de datum uitschrijving in als datum (jjjj-mm-dd)"));
        }

        var diplomas = DiplomaFormulier.NaarDiplomas(Diplomas, fouten);
        if (fouten.Count > 0)
        {
            Fouten = fouten;
            return Toon();
        }

        var uitschrijving = new Uitschrijving(huidig.Inschrijving.Sleutel, datum!.Value, string.IsNullOrWhiteSpace(redenUitstroom) ? null : redenUitstroom, diplomas);
        var documentId = Mutatieafhandeling.BedrijfsdocumentId(bedrijfsdocumentId);
        var (terugkoppeling, fout) = await Mutatieafhandeling.VerwerkAsync(() => handler.UitschrijvenAsync(uitschrijving, Afzender, documentId, ct), "datumUitschrijvingWerkelijk");
        if (terugkoppeling is { LeveringGoedgekeurd: true })
        {
            Terugkoppelingsbericht.Bewaar(TempData, terugkoppeling);
            return RedirectToPage("/Inschrijvingen/Detail", new { id });
        }

        Fouten = fout is not null ? [fout]
            : [.. terugkoppeling!.Foutmeldingen.Select(f => Resultaatvelden.Veld(f, [], Diplomas) is { } veld
                ? new Veldfout(veld, f.Foutcode, f.Fouttekst)
                : Inschrijvingsopmaak.Veldfout(f, Veldnamen, "datumUitschrijvingWerkelijk"))];
        return Toon();
    }

    /// <summary>The page with the diploma rows and one empty row to add a diploma.</summary>
    private PageResult Toon()
    {
        if (MetDiplomas)
        {
            Diplomas.Add(new DiplomaFormulier());
        }
        else
        {
            Diplomas.Clear();
        }

        return Page();
    }
}
