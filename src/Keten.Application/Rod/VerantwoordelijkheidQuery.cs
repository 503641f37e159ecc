using Keten.Application.Rio;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;
using Keten.Domain.Verzuim;
using Keten.Storage;

namespace Keten.Application.Rod;

/// <summary>Which institution reports verzuim and VSV for a person on a day: the question, as a body (a person's number is never in a URL).</summary>
public sealed record VerantwoordelijkheidVraag(Persoonsnummer? Persoon = null, DateOnly? Datum = null);

/// <summary>
/// Who reports (issue 8 point 4) for a school that has an enrolment of the person (at any time): the chain shares the
/// responsible institution with the schools of the pupil, not with others. Another board's volgnummer is not shown.
/// </summary>
public sealed class VerantwoordelijkheidQuery(IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd)
{
    public async Task<(VerantwoordelijkheidAntwoord? Antwoord, IReadOnlyList<Foutmelding> Fouten)> VraagAsync(
        string onderwijsbestuurcode, VerantwoordelijkheidVraag vraag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        if (vraag.Persoon is not { IsGeldig: true } persoon)
        {
            return (null, [RodFoutcodes.ROD002(vraag.Persoon?.Veldnaam ?? "persoon")]);
        }

        var inschrijvingen = (await store.InschrijvingenVanPersoonAsync(persoon, ct)).Select(o => o.Inschrijving).ToList();
        if (!inschrijvingen.Any(i => referentie.Huidig.HoortBijBestuur(i.Brin, onderwijsbestuurcode)))
        {
            return (null, []);
        }

        var datum = vraag.Datum ?? tijd.Vandaag();
        return (VerantwoordelijkheidAntwoord.Voor(inschrijvingen, datum, referentie.Huidig, onderwijsbestuurcode), []);
    }
}
