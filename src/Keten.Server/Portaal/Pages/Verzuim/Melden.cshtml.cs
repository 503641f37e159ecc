using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Application.Verzuim;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Domain.Verzuim;
using Keten.Server.Portaal.Verzuim;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Verzuim;

/// <summary>
/// "Verzuim melden": the report through <see cref="VerzuimHandler.MeldenAsync"/>, as REST does it. Only the instelling
/// responsible on the begindatum may report; otherwise the refusal (VZM002) names who is. Each form carries its own
/// bedrijfsdocument id, so sending it twice registers one report.
/// </summary>
[PortaalFuncties(Functie.VerzuimMelden)]
public sealed class MeldenModel(VerzuimHandler handler, Instellingsbevoegdheid bevoegdheid, ReferentiedataBron referentie) : PortaalPaginaModel
{
    [BindProperty]
    public Verzuimformulier Formulier { get; set; } = new();

    [BindProperty]
    public string DocumentId { get; set; } = Guid.NewGuid().ToString("D");

    public IReadOnlyList<(string Waarde, string Tekst)> Instellingen { get; private set; } = [];

    public IReadOnlyList<(string Waarde, string Tekst)> Gemeenten { get; private set; } = [];

    public IReadOnlyList<(string Waarde, string Tekst)> Soorten { get; } =
        [.. Enum.GetValues<Verzuimsoort>().Select(s => (s.ToString(), Verzuimopmaak.Soort(s)))];

    public IReadOnlyList<(string Waarde, string Tekst)> Nummersoorten { get; } =
        [(nameof(PersoonsnummerSoort.Bsn), "Burgerservicenummer (BSN)"), (nameof(PersoonsnummerSoort.Onderwijsnummer), "Onderwijsnummer")];

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await BereidAsync(ct);
        if (Instellingen.Count == 1)
        {
            Formulier.Brin = Instellingen[0].Waarde;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (melding, fouten) = Formulier.Lees();
        if (melding is not null)
        {
            // The form's id in its one form (lowercase); a new one when it is no UUID.
            var id = BedrijfsdocumentIds.Normaliseer(DocumentId) ?? Guid.NewGuid().ToString("D");
            try
            {
                var antwoord = await handler.MeldenAsync(melding, Afzender, id, ct);
                if (antwoord.Goedgekeurd)
                {
                    return RedirectToPage("/Verzuim/Index", new { gemeld = true });
                }

                fouten = [.. antwoord.Foutmeldingen.Select(Verzuimformulier.Veldfout)];
            }
            catch (BedrijfsdocumentAlGebruiktException)
            {
                fouten = [Verzuimformulier.Veldfout(Foutcodes.KTN030(id))];
            }
        }

        Fouten = fouten;
        DocumentId = Guid.NewGuid().ToString("D");
        ModelState.Clear();
        await BereidAsync(ct);
        return Page();
    }

    private async Task BereidAsync(CancellationToken ct)
    {
        var data = referentie.Huidig;
        var brins = await bevoegdheid.BrinsAsync(Afzender, Functie.VerzuimMelden, ct) ?? [];
        Instellingen = [.. brins.Select(b => (b, $"{b} {data.Instelling(b)?.Naam}"))];
        Gemeenten = [.. data.Gemeenten.OrderBy(g => g.Naam, StringComparer.Ordinal).Select(g => (g.Code, $"{g.Naam} ({g.Code})"))];
    }
}
