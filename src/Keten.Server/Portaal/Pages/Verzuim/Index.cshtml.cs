using System.Globalization;
using Keten.Application.Rio;
using Keten.Application.Verzuim;
using Keten.Domain.Toegang;
using Keten.Domain.Verzuim;
using Keten.Server.Portaal.Verzuim;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Verzuim;

/// <summary>
/// The school's verzuimmeldingen with their status as the municipality set it (the <see cref="VerzuimQueries"/> feed REST
/// serves), withdrawing one (<see cref="VerzuimHandler.StatusAsync"/> to Ingetrokken, as REST's intrekking) and adding the
/// einddatum of a running one reported without it (<see cref="VerzuimHandler.EinddatumAsync"/>, as REST's
/// <c>POST /api/verzuim/meldingen/{id}/einddatum</c>).
/// </summary>
[PortaalFuncties(Functie.VerzuimMelden)]
public sealed class IndexModel(VerzuimQueries queries, VerzuimHandler handler, ReferentiedataBron referentie) : PortaalPaginaModel
{
    public IReadOnlyList<Verzuimfeeditem> Meldingen { get; private set; } = [];

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public bool Gemeld { get; private set; }

    public bool Ingetrokken { get; private set; }

    public bool Aangevuld { get; private set; }

    public string Gemeente(string code) => referentie.Huidig.GemeenteMetCode(code) is { } g ? $"{g.Naam} ({g.Code})" : code;

    public static bool KanIntrekken(Verzuimstatus status) => Statusovergangen.Mag(Verzuimpartij.School, status, Verzuimstatus.Ingetrokken);

    /// <summary>The handler's own condition for adding an einddatum: none yet, and the municipality has not closed the report.</summary>
    public static bool KanEinddatumAanvullen(GeregistreerdeVerzuimmelding melding) =>
        melding is { Melding.Einddatum: null } && Statusovergangen.IsLopend(melding.Status);

    public static string EinddatumVeld(string meldingId) => "einddatum-" + meldingId;

    public async Task OnGetAsync(bool gemeld, bool ingetrokken, bool aangevuld, CancellationToken ct)
    {
        Gemeld = gemeld;
        Ingetrokken = ingetrokken;
        Aangevuld = aangevuld;
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

    public async Task<IActionResult> OnPostEinddatumAsync(string meldingId, CancellationToken ct)
    {
        var veld = EinddatumVeld(meldingId ?? "");
        var einddatum = Request.Form[veld].ToString();
        if (!DateOnly.TryParseExact(einddatum.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            Fouten = [Veldfout.Ongeldig(veld, "vul een datum in, bijvoorbeeld 2026-10-16")];
            await LeesAsync(ct);
            return Page();
        }

        var antwoord = await handler.EinddatumAsync(meldingId ?? "", new Einddatumaanvulling(datum), Afzender, null, ct);
        if (antwoord.Goedgekeurd)
        {
            return RedirectToPage("/Verzuim/Index", new { aangevuld = true });
        }

        Fouten = antwoord.Gevonden
            ? [.. antwoord.Foutmeldingen.Select(f => new Veldfout(veld, f.Foutcode, f.Fouttekst))]
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
