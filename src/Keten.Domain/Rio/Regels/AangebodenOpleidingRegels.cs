using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rio.Leerroutes;

namespace Keten.Domain.Rio.Regels;

/// <summary>What the rules of aanleveren_aangebodenOpleiding need to know beyond the message itself.</summary>
public sealed record AangebodenOpleidingContext(
    string AfzenderBestuurcode,
    Referentiedata Referentie,
    AangebodenOpleiding? Bestaand,
    Onderwijsaanbieder? Aanbieder,
    IReadOnlySet<string> BestaandeAanbieders,
    IReadOnlySet<string> BestaandeLocaties,
    Opleidingseenheid? Opleidingseenheid);

/// <summary>DUO's checks of aanleveren_aangebodenOpleiding for MBO and VO, all evaluated, every violation returned.</summary>
public static class AangebodenOpleidingRegels
{
    public static IReadOnlyList<Foutmelding> Controleer(AangebodenOpleiding ao, AangebodenOpleidingContext ctx)
    {
        var autorisatie = Autorisatie(ao, ctx).ToList();
        return autorisatie.Count > 0
            ? autorisatie
            : [.. Datums(ao), .. Waarden(ao), .. Verwijzingen(ao, ctx), .. Kenmerken(ao), .. Leerroute(ao, ctx), .. Cohorten(ao)];
    }

    private static IEnumerable<Foutmelding> Autorisatie(AangebodenOpleiding ao, AangebodenOpleidingContext ctx)
    {
        if (ctx.Aanbieder is null)
        {
            yield return Foutcodes.N09440(ao.Onderwijsaanbiedercode);
        }
        else if (ctx.Aanbieder.Onderwijsbestuurcode != ctx.AfzenderBestuurcode)
        {
            yield return Foutcodes.AUT401("onderwijsaanbiedercode", ao.Onderwijsaanbiedercode);
        }

        if (ctx.Bestaand is { } bestaand && ctx.Aanbieder is not null && (bestaand.Onderwijsaanbiedercode != ao.Onderwijsaanbiedercode || AndereOpleiding(bestaand, ao)))
        {
            yield return Foutcodes.N09450(ao.AangebodenOpleidingCode);
        }
    }

    /// <summary>N09450: the stored offering's opleidingseenheid (its erkenning, vakerkenning or own opleiding) is fixed once in RIO.</summary>
    private static bool AndereOpleiding(AangebodenOpleiding bestaand, AangebodenOpleiding ao) =>
        bestaand.Soort != ao.Soort
        || bestaand.OpleidingserkenningSleutel != ao.OpleidingserkenningSleutel
        || bestaand.VoVakerkenningSleutel != ao.VoVakerkenningSleutel
        || bestaand.OpleidingseenheidSleutel != ao.OpleidingseenheidSleutel;

    private static IEnumerable<Foutmelding> Datums(AangebodenOpleiding ao)
    {
        if (ao.Einddatum is { } eind && eind <= ao.Begindatum)
        {
            yield return Foutcodes.N09010(ao.AangebodenOpleidingCode);
            yield break;
        }

        if (ao.EersteInstroomDatum is { } instroom && ao.Einddatum is { } einde && instroom >= einde)
        {
            yield return Foutcodes.N09090(ao.AangebodenOpleidingCode);
        }

        foreach (var fout in PeriodeRegels.Controleer(
                     ao.Perioden.Select(p => p.Begindatum),
                     Levensduur(ao),
                     Foutcodes.N10020,
                     Foutcodes.N10040,
                     () => Foutcodes.N10050(ao.AangebodenOpleidingCode)))
        {
            yield return fout;
        }
    }

    private static IEnumerable<Foutmelding> Waarden(AangebodenOpleiding ao)
    {
        if (ao.Soort != AangebodenOpleidingSoort.Mbo)
        {
            yield break;
        }

        if (!GeldigIn(Waardelijsten.LeertrajectMbo, ao.LeertrajectMbo, ao))
        {
            yield return Foutcodes.N09030(ao.LeertrajectMbo ?? "");
        }

        if (ao.MboNiveau is not null && !GeldigIn(Waardelijsten.Kwalificatieniveau, ao.MboNiveau, ao))
        {
            yield return Foutcodes.N09060(ao.MboNiveau);
        }

        if (!GeldigIn(Waardelijsten.Toelatingseisen, ao.Toelatingseisen, ao))
        {
            yield return Foutcodes.N09070(ao.Toelatingseisen ?? "");
        }

        if (!GeldigIn(Waardelijsten.ToegankelijkVoor, ao.Toegankelijkheid, ao))
        {
            yield return Foutcodes.N09080(ao.Toegankelijkheid ?? "");
        }

        if (ao.AfwijkendeOpleidingsduur is { } duur && !GeldigIn(Waardelijsten.Studieduureenheid, duur.OpleidingsduurEenheid, ao))
        {
            yield return Foutcodes.N09050(duur.OpleidingsduurEenheid);
        }
    }

    private static IEnumerable<Foutmelding> Verwijzingen(AangebodenOpleiding ao, AangebodenOpleidingContext ctx)
    {
        if (ao.Onderwijslocatiecode is { } locatie && !ctx.BestaandeLocaties.Contains(locatie))
        {
            yield return Foutcodes.A01060(locatie);
        }

        if (ctx.Aanbieder is { } aanbieder && !AanbiederInBedrijf(aanbieder, ao))
        {
            yield return Foutcodes.N09430(aanbieder.Onderwijsaanbiedercode ?? ao.Onderwijsaanbiedercode);
        }

        if (ao.OpleidingserkenningSleutel is { } erkenning)
        {
            if (ctx.Referentie.Erkenning(erkenning.Opleidingsstelsel, erkenning.Opleidingscode) is null)
            {
                yield return Foutcodes.A01080(erkenning);
            }
            else if (!BestuurHeeftSector(ctx, Sector.MBO))
            {
                yield return Foutcodes.A01081(erkenning, ctx.AfzenderBestuurcode);
            }
        }

        if (ao.VoVakerkenningSleutel is { } vak && ctx.Referentie.Vakerkenning(vak.Opleidingsstelsel, vak.Opleidingscode, vak.Opleidingsniveau) is null)
        {
            yield return Foutcodes.A01090(vak);
        }

        if (ao.OpleidingseenheidSleutel is { } eenheid && ctx.Opleidingseenheid is null)
        {
            yield return Foutcodes.A01070(eenheid);
        }

        if (Opleidingseenheidperiode(ao, ctx) is { } eenheidsperiode && !Verbandsperiode.InstroomTotEindeBinnen(ao, eenheidsperiode.Begindatum, eenheidsperiode.Einddatum))
        {
            yield return Foutcodes.N09410(ao.AangebodenOpleidingCode, eenheidsperiode.Code);
        }

        foreach (var (periode, _) in ao.PeriodenMetGeldigheid())
        {
            var samenwerkend = periode.SamenwerkendeOnderwijsaanbiedercodes.ToList();
            foreach (var dubbel in samenwerkend.GroupBy(c => c).Where(g => g.Count() > 1))
            {
                yield return Foutcodes.N10060(dubbel.Key, periode.Begindatum);
            }

            foreach (var onbekend in samenwerkend.Distinct().Where(c => !ctx.BestaandeAanbieders.Contains(c)))
            {
                yield return Foutcodes.N10410(onbekend);
            }
        }
    }

    private static IEnumerable<Foutmelding> Kenmerken(AangebodenOpleiding ao)
    {
        var mbo = ao.Soort == AangebodenOpleidingSoort.Mbo;
        var fouten = KenmerkRegels.Controleer(ao.Kenmerken, mbo ? KenmerkDefinities.AangebodenMboOpleiding : KenmerkDefinities.AangebodenVOOpleiding, Levensduur(ao));
        foreach (var (periode, geldigheid) in ao.PeriodenMetGeldigheid())
        {
            // N10060 reports a repeated samenwerkende aanbieder; K01040 would say the same twice.
            var zonderDubbeleSamenwerking = periode.Kenmerken.DistinctBy(k => (k.Kenmerknaam, k.Waarde)).ToList();
            fouten = fouten.Concat(KenmerkRegels.Controleer(
                zonderDubbeleSamenwerking,
                mbo ? KenmerkDefinities.AangebodenMboOpleidingPeriode : KenmerkDefinities.AangebodenVOOpleidingPeriode,
                geldigheid));
        }

        foreach (var cohort in ao.Cohorten)
        {
            fouten = fouten.Concat(KenmerkRegels.Controleer(
                cohort.Kenmerken,
                mbo ? KenmerkDefinities.AangebodenMboOpleidingCohort : KenmerkDefinities.AangebodenVOOpleidingCohort,
                Levensduur(ao)));
        }

        return fouten.DistinctBy(f => (f.Foutcode, f.Fouttekst));
    }

    private static IEnumerable<Foutmelding> Leerroute(AangebodenOpleiding ao, AangebodenOpleidingContext ctx)
    {
        if (ao.Soort != AangebodenOpleidingSoort.Mbo || ao.DoorlopendeLeerlijnVmboMbo is not { } leerroute)
        {
            yield break;
        }

        var niveau = ao.MboNiveau
            ?? (ao.OpleidingserkenningSleutel is { } s ? ctx.Referentie.Erkenning(s.Opleidingsstelsel, s.Opleidingscode)?.Niveau : null);
        if (niveau == "MBO-1")
        {
            yield return Foutcodes.KTN010(leerroute, niveau);
        }
        else if (leerroute == LeerrouteCodes.Glr && niveau is not null && niveau != "MBO-2")
        {
            yield return Foutcodes.KTN011(niveau);
        }
    }

    private static IEnumerable<Foutmelding> Cohorten(AangebodenOpleiding ao)
    {
        foreach (var dubbel in ao.Cohorten.GroupBy(c => c.Cohortcode, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return Foutcodes.N11420(dubbel.Key);
        }

        foreach (var cohort in ao.Cohorten)
        {
            if (!GeldigIn(Waardelijsten.Cohortstatus, cohort.Cohortstatus, ao))
            {
                yield return Foutcodes.N11440(cohort.Cohortcode, cohort.Cohortstatus);
            }

            if (!GeldigIn(Waardelijsten.ToestemmingAanmeldingscohortVereist, cohort.ToestemmingVereistVoorAanmelding, ao))
            {
                yield return Foutcodes.N11450(cohort.Cohortcode, cohort.ToestemmingVereistVoorAanmelding);
            }

            if (cohort.Einddatum is { } cohortEinde && (cohortEinde <= cohort.Instroommoment || cohortEinde <= cohort.BeginInstroomperiode))
            {
                yield return Foutcodes.N11040(cohort.Cohortcode);
            }

            foreach (var fout in NaEindeOpleiding(ao, cohort))
            {
                yield return fout;
            }

            if (cohort.EindeAanmeldperiode is { } eindeAanmelding && eindeAanmelding <= cohort.BeginAanmeldperiode)
            {
                yield return Foutcodes.N11020(cohort.Cohortcode);
            }

            if (cohort is { BeginInstroomperiode: { } begin, EindeInstroomperiode: { } eind } && eind <= begin)
            {
                yield return Foutcodes.N11030(cohort.Cohortcode);
            }
        }
    }

    /// <summary>N11410, N11430, N11460: the cohort's aanmeldperiode, instroomperiode and instroommoment end with the offering.</summary>
    private static IEnumerable<Foutmelding> NaEindeOpleiding(AangebodenOpleiding ao, AangebodenOpleidingCohort cohort)
    {
        if (ao.Einddatum is not { } einde)
        {
            yield break;
        }

        if (cohort.EindeAanmeldperiode > einde)
        {
            yield return Foutcodes.N11410(cohort.Cohortcode);
        }

        if (cohort.EindeInstroomperiode > einde)
        {
            yield return Foutcodes.N11430(cohort.Cohortcode);
        }

        if (cohort.Instroommoment > einde)
        {
            yield return Foutcodes.N11460(cohort.Cohortcode);
        }
    }

    /// <summary>
    /// N09410: the period of the opleidingseenheid the offering hangs under: its own opleidingseenheid's, or the
    /// erkenning's or vakerkenning's in the reference data (their opleidingseenheid has herkomst OCW); null when it is
    /// unknown (A01070, A01080, A01090) or DUO's exclusion of OCW codes applies (<see cref="Lezingen.OcwPrefixenOpAfgeleideCode"/>).
    /// </summary>
    private static (string Code, DateOnly Begindatum, DateOnly? Einddatum)? Opleidingseenheidperiode(AangebodenOpleiding ao, AangebodenOpleidingContext ctx)
    {
        if (ao.OpleidingseenheidSleutel is not null)
        {
            return ctx.Opleidingseenheid is { } eigen ? (eigen.Opleidingseenheidcode ?? ao.OpleidingseenheidSleutel, eigen.Begindatum, eigen.Einddatum) : null;
        }

        if (ao.OpleidingserkenningSleutel is { } s && ctx.Referentie.Erkenning(s.Opleidingsstelsel, s.Opleidingscode) is { } erkenning)
        {
            var code = ErkendeOpleidingseenheid.CodeVoor(s);
            return ErkendeOpleidingseenheid.OcwUitgezonderd(code) ? null : (code, erkenning.Begindatum, erkenning.Einddatum);
        }

        if (ao.VoVakerkenningSleutel is { } v && ctx.Referentie.Vakerkenning(v.Opleidingsstelsel, v.Opleidingscode, v.Opleidingsniveau) is { } vak)
        {
            var code = ErkendeOpleidingseenheid.CodeVoor(v);
            return ErkendeOpleidingseenheid.OcwUitgezonderd(code) ? null : (code, vak.Begindatum, vak.Einddatum);
        }

        return null;
    }

    public static Geldigheid Levensduur(AangebodenOpleiding ao) => new(ao.Begindatum, ao.Einddatum);

    private static bool GeldigIn(Waardelijst lijst, string? code, AangebodenOpleiding ao) =>
        code is not null && lijst.Zoek(code) is { } waarde && waarde.GeldigIn(ao.Begindatum, ao.Einddatum);

    /// <summary>N09430: eersteInstroomdatum (else begindatum) on or after inBedrijfdatum, einddatum on or before uitBedrijfdatum (an open einddatum as <see cref="Lezingen.OpenEinddatumLooptDoor"/> reads it, as N04430 from the aanbieder's side).</summary>
    private static bool AanbiederInBedrijf(Onderwijsaanbieder aanbieder, AangebodenOpleiding ao) =>
        (ao.EersteInstroomDatum ?? ao.Begindatum) >= aanbieder.InBedrijfdatum
        && (aanbieder.UitBedrijfdatum is not { } uit || (ao.Einddatum is { } eind ? eind <= uit : !Lezingen.OpenEinddatumLooptDoor));

    private static bool BestuurHeeftSector(AangebodenOpleidingContext ctx, Sector sector) =>
        ctx.Referentie.ErkendeInstellingen.Any(i => i.Onderwijsbestuurcode == ctx.AfzenderBestuurcode && i.Sector == sector);
}
