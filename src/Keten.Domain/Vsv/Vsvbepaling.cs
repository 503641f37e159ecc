using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Verzuim;

namespace Keten.Domain.Vsv;

/// <summary>
/// Whether a student is a new voortijdig schoolverlater (domain.md §8, rule 40): under 23 on peildatum t (1 October t),
/// enrolled at an instelling on peildatum t, enrolled at none on 1 October t+1, and without a startkwalificatie then;
/// attributed to the institution responsible on peildatum t (<see cref="Verantwoordelijkheid"/>: for a leerroute pupil
/// the fase decides) and that institution's RMC region. Age is taken on peildatum t; an unknown birth date is counted
/// apart (VSV03), never guessed.
/// </summary>
public static class Vsvbepaling
{
    /// <summary>The outcome for the student, or null when the student is not enrolled on peildatum t.</summary>
    public static Vsvbeoordeling? Bepaal(Bekostigingsstudent student, Vsvmeting meting, Referentiedata referentie)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(meting);
        ArgumentNullException.ThrowIfNull(referentie);
        if (Verantwoordelijkheid.Bepaal(student.Inschrijvingen, meting.Peildatum, referentie) is not { } verantwoordelijke)
        {
            return null;
        }

        var leeftijd = Leeftijd.Op(student.Geboortedatum, meting.Peildatum);
        var code = Uitkomst(student, meting, referentie, leeftijd);
        return new Vsvbeoordeling(student.Persoon, verantwoordelijke, referentie.RmcRegioVanInstelling(verantwoordelijke.Brin)?.Code,
            leeftijd, code, Vsvredenen.Tekst(code));
    }

    private static string Uitkomst(Bekostigingsstudent student, Vsvmeting meting, Referentiedata referentie, Leeftijdsgroep leeftijd)
    {
        if (leeftijd == Leeftijdsgroep.Vanaf23)
        {
            return Vsvredenen.Vanaf23;
        }

        if (student.Inschrijvingen.Any(i => i.PeriodeOp(meting.VolgendePeildatum) is not null))
        {
            return Vsvredenen.WeerIngeschreven;
        }

        var bewijs = Startkwalificatie.Bepaal(student.Inschrijvingen, meting.VolgendePeildatum, referentie);
        return bewijs.Redencode
            ?? (leeftijd == Leeftijdsgroep.Onbekend ? Vsvredenen.LeeftijdOnbekend
                : bewijs.DiplomaEronder ? Vsvredenen.DiplomaOnderStartkwalificatie
                : Vsvredenen.ZonderDiploma);
    }
}
