using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Verzuim;
using Keten.Storage;
using Keten.Storage.Verzuim;

namespace Keten.Application.Verzuim;

/// <summary>
/// The verzuimregister's writes, for every door: a school reports (only the institution responsible on the begindatum),
/// adds a missing einddatum, withdraws; the pupil's municipality changes the status. Each write is one transaction with
/// its audit row (ADR 0021); a refusal changes nothing.
/// </summary>
public sealed class VerzuimHandler(IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd)
{
    public async Task<Verzuimantwoord> MeldenAsync(Verzuimmelding melding, Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentNullException.ThrowIfNull(afzender);
        if (!melding.Persoon.IsGeldig)
        {
            return Verzuimantwoord.Geweigerd(RodFoutcodes.ROD002(melding.Persoon.Veldnaam));
        }

        if (afzender.Onderwijsbestuurcode is not { } bestuur)
        {
            return Verzuimantwoord.Geweigerd(Foutcodes.AUT401("oin", afzender.Oin));
        }

        var vandaag = Vandaag();
        var data = referentie.Huidig;
        return await store.Verzuim.PersoonSchrijvenAsync(melding.Persoon, dossier =>
        {
            var eerdere = dossier.Meldingen.Select(VerzuimRijen.Lees).ToList();
            var context = new Verzuimcontext(bestuur, [.. dossier.Inschrijvingen.Select(i => i.Inschrijving)], dossier.Geboortedatum, eerdere, data, vandaag);
            var beoordeling = VerzuimRegels.Beoordeel(melding, context);
            if (beoordeling.Foutmeldingen.Count > 0)
            {
                return new Verzuimbesluit<Verzuimantwoord>(null, "", new(null, beoordeling.Foutmeldingen));
            }

            var nieuw = new GeregistreerdeVerzuimmelding(Guid.NewGuid().ToString("D"), melding, Verzuimstatus.Geregistreerd, bestuur,
                beoordeling.Verantwoordelijke!.Redencode, vandaag, beoordeling.Signalen);
            return new(VerzuimRijen.Van(nieuw), "verzuim melden", new(nieuw, []));
        }, Auditbronnen.Van(afzender), ct);
    }

    /// <summary>The school adds the einddatum of a running report that has none (16 uur, LRV and RMC once the pupil returns).</summary>
    public Task<Verzuimantwoord> EinddatumAsync(string meldingId, Einddatumaanvulling aanvulling, Afzender afzender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(aanvulling);
        var vandaag = Vandaag();
        return WijzigAsync(meldingId, afzender, Verzuimpartij.School, "verzuim einddatum", melding =>
        {
            if (melding.Melding.Einddatum is not null || !Statusovergangen.IsLopend(melding.Status))
            {
                return (null, [VerzuimFoutcodes.VZM013()]);
            }

            var fouten = VerzuimRegels.Einddatum(melding.Melding, aanvulling.Einddatum, vandaag).ToList();
            var aangevuld = melding.Melding with { Einddatum = aanvulling.Einddatum };
            var signalen = VerzuimRegels.Termijn(aangevuld, vandaag) is { } laat ? [.. melding.Signalen, laat] : melding.Signalen;
            return fouten.Count > 0 ? (null, fouten) : (melding with { Melding = aangevuld, Signalen = signalen }, []);
        }, ct);
    }

    /// <summary>A status change by the school (only Ingetrokken) or by the pupil's municipality.</summary>
    public Task<Verzuimantwoord> StatusAsync(string meldingId, Statuswijziging wijziging, Afzender afzender, Verzuimpartij partij, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wijziging);
        return WijzigAsync(meldingId, afzender, partij, "verzuimstatus wijzigen", melding =>
            Statusovergangen.Mag(partij, melding.Status, wijziging.Status)
                ? (melding with { Status = wijziging.Status, Statustoelichting = wijziging.Toelichting }, [])
                : (null, [VerzuimFoutcodes.VZM012(partij, melding.Status, wijziging.Status)]), ct);
    }

    private async Task<Verzuimantwoord> WijzigAsync(string meldingId, Afzender afzender, Verzuimpartij partij, string operatie,
        Func<GeregistreerdeVerzuimmelding, (GeregistreerdeVerzuimmelding? Nieuw, IReadOnlyList<Foutmelding> Fouten)> wijzig, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        var eigenaar = partij == Verzuimpartij.School ? afzender.Onderwijsbestuurcode : referentie.Huidig.GemeenteMetOin(afzender.Oin)?.Code;
        if (eigenaar is null)
        {
            return Verzuimantwoord.Geweigerd(Foutcodes.AUT401("oin", afzender.Oin));
        }

        return await store.Verzuim.MeldingSchrijvenAsync(meldingId, rij =>
        {
            if (rij is null || (partij == Verzuimpartij.School ? rij.Onderwijsbestuurcode : rij.Gemeentecode) != eigenaar)
            {
                return new Verzuimbesluit<Verzuimantwoord>(null, "", Verzuimantwoord.NietGevonden);
            }

            var (nieuw, fouten) = wijzig(VerzuimRijen.Lees(rij));
            return nieuw is null
                ? new(null, "", new(null, fouten))
                : new(VerzuimRijen.Van(nieuw), operatie, new(nieuw, []));
        }, Auditbronnen.Van(afzender), ct);
    }

    private DateOnly Vandaag() => DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);
}
