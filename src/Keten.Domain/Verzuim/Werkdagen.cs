namespace Keten.Domain.Verzuim;

/// <summary>
/// Working days for the reporting deadline (domain.md rule 36: within 5 working days): Monday to Friday, except the
/// public holidays of the Algemene termijnenwet (art. 3): Nieuwjaarsdag, tweede paasdag, Hemelvaartsdag, tweede
/// pinksterdag, Koningsdag, 5 mei and both Christmas days. Written by hand: no package with Dutch holidays can be
/// restored here (docs/verzuim.md, "Working days").
/// </summary>
public static class Werkdagen
{
    public const int Meldtermijn = 5;

    public static bool IsWerkdag(DateOnly dag) => dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsFeestdag(dag);

    /// <summary>The working days after <paramref name="van"/> up to and including <paramref name="tot"/> (0 when tot is not after van).</summary>
    public static int Tussen(DateOnly van, DateOnly tot)
    {
        var aantal = 0;
        for (var dag = van.AddDays(1); dag <= tot; dag = dag.AddDays(1))
        {
            if (IsWerkdag(dag))
            {
                aantal++;
            }
        }

        return aantal;
    }

    /// <summary>The last day to report: the <see cref="Meldtermijn"/>th working day after <paramref name="dag"/>.</summary>
    public static DateOnly Uiterlijk(DateOnly dag)
    {
        var uiterlijk = dag;
        for (var n = 0; n < Meldtermijn;)
        {
            uiterlijk = uiterlijk.AddDays(1);
            if (IsWerkdag(uiterlijk))
            {
                n++;
            }
        }

        return uiterlijk;
    }

    public static bool IsFeestdag(DateOnly dag)
    {
        var pasen = Pasen(dag.Year);
        var koningsdag = new DateOnly(dag.Year, 4, 27);
        if (koningsdag.DayOfWeek == DayOfWeek.Sunday)
        {
            koningsdag = koningsdag.AddDays(-1);
        }

        return (dag.Month, dag.Day) is (1, 1) or (5, 5) or (12, 25) or (12, 26)
            || dag == koningsdag
            || dag == pasen.AddDays(1)
            || dag == pasen.AddDays(39)
            || dag == pasen.AddDays(50);
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly Pasen(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dagVanMaand = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dagVanMaand);
    }
}
