using Keten.Application.Rio;
using Keten.Application.Verzuim;
using Keten.Domain.Toegang;
using Keten.Domain.Verzuim;
using Keten.Server.Portaal.Verzuim;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Verzuim;

/// <summary>
/// The school's verzuimmeldingen with their status as the municipality set it (the <see cref="VerzuimQueries"/> feed REST
/// serves), and withdrawing one (<see cref="VerzuimHandler.StatusAsync"/> to Ingetrokken, as REST's intrekking).
/// </summary>
[PortaalFuncties(Functie.VerzuimMelden)]
public sealed class IndexModel(VerzuimQueries queries, VerzuimHandler handler, ReferentiedataBron referentie) : PortaalPaginaModel
{
    public IReadOnlyList<Verzuimfeeditem> Meldingen { get; private set; } = [];

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public bool Gemeld { get; private set; }

    public bool Ingetrokken { get; private set; }

    public string Gemeente(string code) => referentie.Huidig.GemeenteMetCode(code) is { } g ? $"{g.Naam} ({g.Code})" : code;

    public static bool KanIntrekken(Verzuimstatus status) => Statusovergangen.Mag(Verzuimpartij.School, status, Verzuimstatus.Ingetrokken);

    public async Task OnGetAsync(bool gemeld, bool ingetrokken, CancellationToken ct)
    {
        Gemeld = gemeld;
        Ingetrokken = ingetrokken;
        await LeesAsync(ct);
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(string meldingId, string? toelichting, CancellationToken ct)
    {
        var antwoord = await handler.StatusAsync(meldingId ?? "", new Statuswijziging(Verzuimstatus.Ingetrokken, string.IsNullOrWhiteSpace(toelichting) ? null : toelichting),
            Afzender, null, Verzuimpartij.School, ct);
        if (antwoord.Goedgekeurd)
        {
            return RedirectToPage("/Verzuim/Index", new { ingetrokken = true });
        }

        Fouten = antwoord.Gevonden
            ? [.. antwoord.Foutmeldingen.Select(f => new Veldfout("intrekken-" + meldingId, f.Foutcode, f.Fouttekst))]
            : [new Veldfout("meldingen", "404", "Er is geen melding met dit meldingId voor uw instellingen")];
        await LeesAsync(ct);
        return Page();
    }

    private async Task LeesAsync(CancellationToken ct)
    {
        var meldingen = new List<Verzuimfeeditem>();
        for (var pagina = 0; ; pagina++)
        {
            var feed = await queries.GewijzigdAsync(Afzender, Verzuimpartij.School, DateTimeOffset.UnixEpoch, pagina, ct);
            var items = feed?.Items ?? [];
            meldingen.AddRange(items);
            if (items.Count < VerzuimQueries.Paginagrootte)
            {
                break;
            }
        }

        Meldingen = [.. meldingen.OrderByDescending(m => m.Melding.GemeldOp).ThenByDescending(m => m.GewijzigdOp)];
    }
}
