using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Toegang;
using Keten.Domain.Verzuim;
using Keten.Storage;
using Keten.Storage.Verzuim;

namespace Keten.Application.Verzuim;

/// <summary>
/// The verzuimregister's writes, for every door: a school reports (only the institution responsible on the begindatum),
/// adds a missing einddatum, withdraws; the pupil's municipality changes the status. Each write is one transaction with
/// its audit row (ADR 0021); a refusal changes nothing.
/// </summary>
public sealed class VerzuimHandler(IKetenStore store, ReferentiedataBron referentie, TimeProvider tijd, Instellingsbevoegdheid bevoegdheid)
{
    public async Task<Verzuimantwoord> MeldenAsync(Verzuimmelding melding, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct)
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

        if (referentie.Huidig.HoortBijBestuur(melding.Brin, bestuur) && !await MagAsync(afzender, melding.Brin, ct))
        {
            return Verzuimantwoord.Geweigerd(Foutcodes.AUT401("brin", melding.Brin));
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
            return new(VerzuimRijen.Van(nieuw), Melden, new(nieuw, []));
        }, Document(bedrijfsdocumentId, Melden, afzender, melding), Auditbronnen.Van(afzender), ct);
    }

    /// <summary>The school adds the einddatum of a running report that has none (16 uur, LRV and RMC once the pupil returns).</summary>
    public Task<Verzuimantwoord> EinddatumAsync(string meldingId, Einddatumaanvulling aanvulling, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(aanvulling);
        var vandaag = Vandaag();
        return WijzigAsync(meldingId, aanvulling, afzender, bedrijfsdocumentId, Verzuimpartij.School, "verzuim einddatum", melding =>
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
    public Task<Verzuimantwoord> StatusAsync(string meldingId, Statuswijziging wijziging, Afzender afzender, string? bedrijfsdocumentId, Verzuimpartij partij,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wijziging);
        return WijzigAsync(meldingId, wijziging, afzender, bedrijfsdocumentId, partij, "verzuimstatus wijzigen", melding =>
            Statusovergangen.Mag(partij, melding.Status, wijziging.Status)
                ? (melding with { Status = wijziging.Status, Statustoelichting = wijziging.Toelichting }, [])
                : (null, [VerzuimFoutcodes.VZM012(partij, melding.Status, wijziging.Status)]), ct);
    }

    private async Task<Verzuimantwoord> WijzigAsync<TInvoer>(string meldingId, TInvoer invoer, Afzender afzender, string? bedrijfsdocumentId, Verzuimpartij partij,
        string operatie, Func<GeregistreerdeVerzuimmelding, (GeregistreerdeVerzuimmelding? Nieuw, IReadOnlyList<Foutmelding> Fouten)> wijzig, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        var eigenaar = partij == Verzuimpartij.School ? afzender.Onderwijsbestuurcode : referentie.Huidig.GemeenteMetOin(afzender.Oin)?.Code;
        if (eigenaar is null)
        {
            return Verzuimantwoord.Geweigerd(Foutcodes.AUT401("oin", afzender.Oin));
        }

        var eigen = partij == Verzuimpartij.School ? await bevoegdheid.BrinsAsync(afzender, Functie.VerzuimMelden, ct) : null;
        return await store.Verzuim.MeldingSchrijvenAsync(meldingId, rij =>
        {
            if (rij is null || (partij == Verzuimpartij.School ? rij.Onderwijsbestuurcode : rij.Gemeentecode) != eigenaar)
            {
                return new Verzuimbesluit<Verzuimantwoord>(null, "", Verzuimantwoord.NietGevonden);
            }

            var bestaand = VerzuimRijen.Lees(rij);
            if (eigen is not null && !eigen.Contains(bestaand.Melding.Brin))
            {
                return new(null, "", Verzuimantwoord.Geweigerd(Foutcodes.AUT401("brin", bestaand.Melding.Brin)));
            }

            var (nieuw, fouten) = wijzig(bestaand);
            return nieuw is null
                ? new(null, "", new(null, fouten))
                : new(VerzuimRijen.Van(nieuw), operatie, new(nieuw, []));
        }, Document(bedrijfsdocumentId, operatie, afzender, new { meldingId, invoer }), Auditbronnen.Van(afzender), ct);
    }

    /// <summary>
    /// The write's bedrijfsdocument, as RIO and ROD have it: the same message again gets its recorded answer, another
    /// message under the same id is refused (<see cref="BedrijfsdocumentAlGebruiktException"/>).
    /// </summary>
    private static Verzuimdocument<Verzuimantwoord>? Document<TInvoer>(string? id, string operatie, Afzender afzender, TInvoer invoer) =>
        id is null ? null : new(
            new BedrijfsdocumentKop(id, operatie, afzender.Oin, BerichtDigest.Van(operatie, afzender.Oin, invoer)),
            RioJson.Serialize,
            claim => claim.Status == BedrijfsdocumentStatus.Herhaling ? RioJson.Deserialize<Verzuimantwoord>(claim.AntwoordJson!) : throw new BedrijfsdocumentAlGebruiktException(id));

    private async Task<bool> MagAsync(Afzender afzender, string brin, CancellationToken ct) =>
        await bevoegdheid.BrinsAsync(afzender, Functie.VerzuimMelden, ct) is not { } eigen || eigen.Contains(brin);

    private const string Melden = "verzuim melden";

    private DateOnly Vandaag() => tijd.Vandaag();
}
