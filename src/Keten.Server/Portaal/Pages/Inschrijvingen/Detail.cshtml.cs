using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Bekostiging;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Domain.Verzuim;
using Keten.Server.Portaal.Inschrijvingen;
using Keten.Storage.Rod;
using Microsoft.AspNetCore.Mvc;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Portaal.Pages.Inschrijvingen;

/// <summary>
/// One enrolment by its stable id (<see cref="InschrijvingHandler.OpvragenAsync"/>), now or as known on a moment: its
/// fields, periods, BPVs and diplomas, its preliminary funding status and who reports for the pupil, and its history.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
public sealed class DetailModel(InschrijvingHandler handler, VerantwoordelijkheidQuery verantwoordelijkheid, VoorlopigeBekostigingQuery bekostiging, TimeProvider tijd)
    : PortaalPaginaModel
{
    public string Id { get; private set; } = "";

    public OpgeslagenInschrijving? Inschrijving { get; private set; }

    public DateTimeOffset? BekendOp { get; private set; }

    public string? BekendOpVeld { get; private set; }

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public IReadOnlyList<InschrijvingHistorieversie> Historie { get; private set; } = [];

    public VoorlopigeBekostiging? Bekostiging { get; private set; }

    public VerantwoordelijkheidAntwoord? Verantwoordelijkheid { get; private set; }

    public InschrijvingTerugkoppeling? Terugkoppeling { get; private set; }

    /// <summary>No enrolment with this id, or one of another board (the same answer: an id reveals nothing).</summary>
    public bool NietGevonden { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? bekendOp, CancellationToken ct)
    {
        Id = id;
        BekendOpVeld = bekendOp;
        BekendOp = Inschrijvingsopmaak.LeesMoment(bekendOp);
        if (BekendOp is null && !string.IsNullOrWhiteSpace(bekendOp))
        {
            Fouten = [Inschrijvingsopmaak.Ongeldig("bekendOp", "Vul 'zoals bekend op' in als datum en tijd")];
        }
        else if (BekendOp is { } moment)
        {
            BekendOpVeld = Inschrijvingsopmaak.Veldmoment(moment);
        }

        Historie = await handler.HistorieAsync(id, Afzender, ct);
        if (Historie.Count == 0)
        {
            NietGevonden = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Inschrijving = await handler.OpvragenAsync(id, BekendOp, Afzender, ct);
        Terugkoppeling = Terugkoppelingsbericht.Haal(TempData);
        if (Inschrijving is { Inschrijving: var inschrijving })
        {
            Bekostiging = await bekostiging.BepaalAsync(inschrijving, tijd.Vandaag(), ct);
            (Verantwoordelijkheid, _) = await verantwoordelijkheid.VraagAsync(Gebruiker.Medewerker.Onderwijsbestuurcode, new VerantwoordelijkheidVraag(inschrijving.Persoon), ct);
        }

        return Page();
    }
}
