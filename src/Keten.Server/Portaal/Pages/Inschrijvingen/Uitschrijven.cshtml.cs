using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Inschrijvingen;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>Uitschrijven (U): the werkelijke datum uitschrijving and reden uitstroom through <see cref="InschrijvingHandler.UitschrijvenAsync"/>.</summary>
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

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public string BedrijfsdocumentId { get; private set; } = Mutatieafhandeling.NieuwBedrijfsdocumentId();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Id = id;
        if (await handler.OpvragenAsync(id, null, Afzender, ct) is not { } huidig)
        {
            return NotFound();
        }

        Inschrijving = huidig.Inschrijving;
        return Page();
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
        if (Inschrijvingsopmaak.LeesDatum(datumUitschrijvingWerkelijk) is not { } datum)
        {
            Fouten = [Inschrijvingsopmaak.Ongeldig("datumUitschrijvingWerkelijk", "Vul de datum uitschrijving in als datum (jjjj-mm-dd)")];
            return Page();
        }

        var uitschrijving = new Uitschrijving(huidig.Inschrijving.Sleutel, datum, string.IsNullOrWhiteSpace(redenUitstroom) ? null : redenUitstroom, []);
        var documentId = Guid.TryParseExact(bedrijfsdocumentId, "D", out _) ? bedrijfsdocumentId : Mutatieafhandeling.NieuwBedrijfsdocumentId();
        var (terugkoppeling, fout) = await Mutatieafhandeling.VerwerkAsync(() => handler.UitschrijvenAsync(uitschrijving, Afzender, documentId, ct), "datumUitschrijvingWerkelijk");
        if (terugkoppeling is { LeveringGoedgekeurd: true })
        {
            Terugkoppelingsbericht.Bewaar(TempData, terugkoppeling);
            return RedirectToPage("/Inschrijvingen/Detail", new { id });
        }

        Fouten = fout is not null ? [fout]
            : [.. terugkoppeling!.Foutmeldingen.Select(f => Inschrijvingsopmaak.Veldfout(f, Veldnamen, "datumUitschrijvingWerkelijk"))];
        return Page();
    }
}
