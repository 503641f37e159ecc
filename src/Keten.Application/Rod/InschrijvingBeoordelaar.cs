using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Domain.Toegang;
using Keten.Domain.Verzuim;
using Keten.Domain.Gemeenschappelijk;
using Keten.Application.Rio.Handlers;
using Keten.Storage.Rod;

namespace Keten.Application.Rod;

/// <summary>What one mutation comes to: the answer, what to write when accepted, and the person's dossier after it.</summary>
internal sealed record InschrijvingUitkomst(InschrijvingTerugkoppeling Antwoord, RodCommit? Commit, RodPersoonsdossier? DossierNa);

/// <summary>
/// The decision on one enrolment mutation once its reads are done: the person's dossier (locked) and RIO's context.
/// Every rule, the new version, the person registered with a first enrolment, the recomputed chain signals and the
/// answer the sender gets. No I/O, so the single-message handler and the bulk ingest decide alike.
/// </summary>
internal sealed class InschrijvingBeoordelaar(ReferentiedataBron referentie)
{
    public static OpgeslagenInschrijving? Bestaand(RodPersoonsdossier dossier, InschrijvingSleutel sleutel) =>
        dossier.Inschrijvingen.FirstOrDefault(o => o.Inschrijving.Sleutel == sleutel);

    /// <summary>The states RIO's context is read for: the delivered state, else the stored one (U, V).</summary>
    public static Inschrijving? Genoemd(Inschrijvingmutatie mutatie, RodPersoonsdossier dossier) => mutatie.Nieuw ?? Bestaand(dossier, mutatie.Sleutel)?.Inschrijving;

    /// <summary>All the person's enrolments the chain signals and leerroutes concern: stored ones and the delivered state.</summary>
    public static IReadOnlyList<Inschrijving> Allen(Inschrijvingmutatie mutatie, RodPersoonsdossier dossier) =>
        [.. dossier.Inschrijvingen.Select(o => o.Inschrijving), .. mutatie.Nieuw is null ? [] : new[] { mutatie.Nieuw }];

    /// <param name="nieuwId">The id a new enrolment gets; none: a new one is made here (the bulk ingest makes them before its write transaction).</param>
    /// <param name="autorisaties">A medewerker's authorisations when one acts (see <see cref="Afzender.Autorisaties"/>).</param>
    public InschrijvingUitkomst Beoordeel(string bestuur, Inschrijvingmutatie mutatie, RodPersoonsdossier dossier, RodRioContext rio, DateOnly vandaag,
        string? nieuwId = null, IReadOnlyList<Autorisatie>? autorisaties = null)
    {
        var persoon = mutatie.Sleutel.Persoon;
        if (persoon.Soort == PersoonsnummerSoort.Onderwijsnummer && persoon.IsGeldig && !dossier.PersoonBekend)
        {
            return new(InschrijvingTerugkoppeling.Afgekeurd(RodFoutcodes.ROD006()), null, null);
        }

        var bestaand = Bestaand(dossier, mutatie.Sleutel);
        var anderen = dossier.Inschrijvingen.Where(o => o != bestaand).ToList();
        var context = new InschrijvingContext(bestuur, referentie.Huidig, bestaand?.Inschrijving, [.. anderen.Select(o => o.Inschrijving)],
            rio.Aanbieders, rio.Locaties, rio.AangebodenOpleidingen, rio.Leerroutes, vandaag, mutatie.Accountantsverklaring);

        var beoordeling = mutatie.Beoordeel(context);
        if (!beoordeling.Goedgekeurd)
        {
            return new(new InschrijvingTerugkoppeling(false, beoordeling.Foutmeldingen, [], null, null, []), null, null);
        }

        if (InschrijvingAutorisatie.NietBevoegd(autorisaties, beoordeling.NieuweStaat ?? bestaand!.Inschrijving) is { } fout)
        {
            return new(InschrijvingTerugkoppeling.Afgekeurd(fout), null, null);
        }

        var id = bestaand?.InschrijvingId ?? nieuwId ?? InschrijvingIds.Nieuw();
        var na = beoordeling.NieuweStaat is { } staat ? [.. anderen, new OpgeslagenInschrijving(id, staat)] : anderen;
        var (signalen, wijzigingen) = KetensignaalHerberekening.Bepaal([.. na.Select(o => o.Inschrijving)], rio.Leerroutes, dossier.OpenSignalen, vandaag);
        var versie = new InschrijvingVersie(id, bestuur, beoordeling.NieuweStaat ?? bestaand!.Inschrijving, Verwijderd: beoordeling.NieuweStaat is null);
        var nieuwePersonen = dossier.PersoonBekend ? [] : new[] { persoon };
        var zichtbaar = signalen.Where(s => Zichtbaar(s, bestuur)).Select(KetensignaalMelding.Van).ToList();
        var verantwoordelijkheid = VerantwoordelijkheidAntwoord.Voor(na.Select(o => o.Inschrijving), Verantwoordelijkheidsdatum(beoordeling.NieuweStaat, vandaag),
            referentie.Huidig, bestuur);
        return new(new InschrijvingTerugkoppeling(true, [], beoordeling.Signalen, beoordeling.Bekostiging, id, zichtbaar, verantwoordelijkheid),
            new RodCommit([versie], nieuwePersonen, wijzigingen),
            new RodPersoonsdossier(true, na, [.. signalen.OrderBy(s => s.Sleutel, StringComparer.Ordinal)]));
    }

    /// <summary>
    /// The day the terugkoppeling names who reports on: the day of delivery, or the datum inschrijving of an enrolment
    /// delivered before it begins (docs/rod.md, "Who reports").
    /// </summary>
    private static DateOnly Verantwoordelijkheidsdatum(Inschrijving? nieuweStaat, DateOnly vandaag) =>
        nieuweStaat is { DatumInschrijving: var begin } && begin > vandaag ? begin : vandaag;

    /// <summary>A school sees a chain signal through its own enrolment: the BRIN of one side belongs to its board.</summary>
    private bool Zichtbaar(Ketensignaal s, string bestuur) =>
        new[] { s.VoInschrijving?.Brin, s.MboInschrijving?.Brin }.OfType<string>().Any(b => referentie.Huidig.HoortBijBestuur(b, bestuur));
}
