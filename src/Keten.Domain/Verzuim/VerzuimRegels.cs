using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Domain.Verzuim;

/// <summary>What the rules of a new verzuimmelding read: the sender's board, the pupil's enrolments at every instelling, its geboortedatum, its earlier reports.</summary>
public sealed record Verzuimcontext(
    string Onderwijsbestuurcode,
    IReadOnlyList<Inschrijving> Inschrijvingen,
    string? Geboortedatum,
    IReadOnlyList<GeregistreerdeVerzuimmelding> EerdereMeldingen,
    Referentiedata Referentie,
    DateOnly Vandaag);

/// <summary>The outcome: every refusal, or the signals and who was responsible.</summary>
public sealed record Verzuimbeoordeling(IReadOnlyList<Foutmelding> Foutmeldingen, IReadOnlyList<Signaal> Signalen, Verantwoordelijke? Verantwoordelijke);

/// <summary>
/// The rules of a new verzuimmelding (domain.md §8 and rules 36–39), all evaluated so the school gets every error at
/// once: only the institution responsible on the begindatum reports, dates in order and not in the future, the
/// woongemeente known, the age limits of 16 uur and RMC, no startkwalificatie for RMC, at most one report per 7 days
/// per pupil and kind; late reports are accepted with a signal.
/// </summary>
public static class VerzuimRegels
{
    public const int DagenTussenMeldingen = 7;
    public const int MaximaleToelichting = 1000;

    public static Verzuimbeoordeling Beoordeel(Verzuimmelding melding, Verzuimcontext context)
    {
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentNullException.ThrowIfNull(context);
        var fouten = new List<Foutmelding>();
        var signalen = new List<Signaal>();
        if (!context.Referentie.HoortBijBestuur(melding.Brin, context.Onderwijsbestuurcode))
        {
            return new([RodFoutcodes.ROD004(melding.Brin)], [], null);
        }

        var verantwoordelijke = Verantwoordelijkheid.Bepaal(context.Inschrijvingen, melding.Begindatum, context.Referentie);
        if (verantwoordelijke is null)
        {
            fouten.Add(VerzuimFoutcodes.VZM001(melding.Begindatum));
        }
        else if (verantwoordelijke.Brin != melding.Brin)
        {
            fouten.Add(VerzuimFoutcodes.VZM002(verantwoordelijke.Brin, context.Referentie.Instelling(verantwoordelijke.Brin)?.Naam ?? "", melding.Begindatum));
        }

        fouten.AddRange(Data(melding, context.Vandaag));
        if (context.Referentie.GemeenteMetCode(melding.Woongemeente) is null)
        {
            fouten.Add(VerzuimFoutcodes.VZM005(melding.Woongemeente));
        }

        fouten.AddRange(Leeftijdsgrenzen(melding, context, signalen));
        if (UitgeschrevenZonderEinddatum(melding, context.Inschrijvingen, context.Vandaag) is { } uitgeschreven)
        {
            fouten.Add(VerzuimFoutcodes.VZM011(uitgeschreven));
        }

        var eerdere = context.EerdereMeldingen
            .Where(m => m.Melding.Soort == melding.Soort && Statusovergangen.IsLopend(m.Status))
            .FirstOrDefault(m => Math.Abs(m.Melding.Begindatum.DayNumber - melding.Begindatum.DayNumber) < DagenTussenMeldingen);
        if (eerdere is not null)
        {
            fouten.Add(VerzuimFoutcodes.VZM009(eerdere.Melding.Begindatum, eerdere.Melding.Begindatum.AddDays(DagenTussenMeldingen)));
        }

        if (fouten.Count > 0)
        {
            return new(fouten, [], null);
        }

        if (Termijn(melding, context.Vandaag) is { } laat)
        {
            signalen.Add(laat);
        }

        return new([], signalen, verantwoordelijke);
    }

    /// <summary>Late: more than 5 working days after the einddatum (for 16 uur the day the threshold was reached), or after the begindatum while absence continues.</summary>
    public static Signaal? Termijn(Verzuimmelding melding, DateOnly gemeldOp)
    {
        ArgumentNullException.ThrowIfNull(melding);
        var vanaf = melding.Einddatum ?? melding.Begindatum;
        var werkdagen = Werkdagen.Tussen(vanaf, gemeldOp);
        return werkdagen > Werkdagen.Meldtermijn ? VerzuimSignaalcodes.VZS01(vanaf, werkdagen) : null;
    }

    /// <summary>The checks on the report's own fields: dates in order and not in the future, hours, toelichting.</summary>
    public static IEnumerable<Foutmelding> Data(Verzuimmelding melding, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(melding);
        if (melding.Begindatum > vandaag)
        {
            yield return VerzuimFoutcodes.VZM004("begindatum", melding.Begindatum);
        }

        foreach (var fout in Einddatum(melding, melding.Einddatum, vandaag))
        {
            yield return fout;
        }

        if (melding.Uren < 0 || (melding.Soort == Verzuimsoort.ZestienUur && !(melding.Uren >= ZestienUurDrempel.Drempel)))
        {
            yield return VerzuimFoutcodes.VZM010("uren");
        }

        if (melding.Toelichting is { Length: > MaximaleToelichting } toelichting)
        {
            yield return VerzuimFoutcodes.VZM016(toelichting.Length);
        }
    }

    public static IEnumerable<Foutmelding> Einddatum(Verzuimmelding melding, DateOnly? einddatum, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(melding);
        if (einddatum is { } eind && eind < melding.Begindatum)
        {
            yield return VerzuimFoutcodes.VZM003(eind, melding.Begindatum);
        }

        if (einddatum is { } toekomst && toekomst > vandaag)
        {
            yield return VerzuimFoutcodes.VZM004("einddatum", toekomst);
        }
    }

    private static IEnumerable<Foutmelding> Leeftijdsgrenzen(Verzuimmelding melding, Verzuimcontext context, List<Signaal> signalen)
    {
        if (melding.Soort is not (Verzuimsoort.ZestienUur or Verzuimsoort.Rmc))
        {
            yield break;
        }

        if (Leeftijd.InJaren(context.Geboortedatum, melding.Begindatum) is not { } leeftijd)
        {
            signalen.Add(VerzuimSignaalcodes.VZS02());
        }
        else if (melding.Soort == Verzuimsoort.ZestienUur && leeftijd >= 18)
        {
            yield return VerzuimFoutcodes.VZM006(leeftijd);
        }
        else if (melding.Soort == Verzuimsoort.Rmc && leeftijd is < 18 or >= 23)
        {
            yield return VerzuimFoutcodes.VZM007(leeftijd);
        }

        if (melding.Soort == Verzuimsoort.Rmc && Startkwalificatie.Heeft(context.Inschrijvingen, context.Referentie, melding.Begindatum))
        {
            yield return VerzuimFoutcodes.VZM008();
        }
    }

    /// <summary>The day the pupil was unenrolled at the reporting school, when that lies in the past and the kind needs an einddatum that is missing.</summary>
    private static DateOnly? UitgeschrevenZonderEinddatum(Verzuimmelding melding, IReadOnlyList<Inschrijving> inschrijvingen, DateOnly vandaag)
    {
        if (melding.Einddatum is not null || !Verzuimsoorten.EinddatumVerplicht(melding.Soort))
        {
            return null;
        }

        var bijSchool = inschrijvingen.Where(i => i.Brin == melding.Brin && i.IngeschrevenOp(melding.Begindatum)).ToList();
        return bijSchool.Count > 0 && bijSchool.All(i => i.LaatsteDag < vandaag) ? bijSchool.Max(i => i.LaatsteDag) : null;
    }
}
