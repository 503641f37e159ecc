using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;

namespace Keten.Domain.Rod.Regels;

/// <summary>A funding field whose value on a teldatum a mutation changes after that teldatum's mutation stop.</summary>
public sealed record Mutatiestopwijziging(string Veld, DateOnly Teldatum);

/// <summary>
/// The mutation stop (domain.md rule 11, §1.3; Regeling gegevensverstrekking persoonsgebonden nummer BVE 2009 art. 7 and
/// the column "Mutatiestop" of its bijlage C): from 1 June after the second teldatum of a funding year, a mutation that
/// changes an "M" field of an MBO enrolment's state on that year's teldata (1 October T-2, 1 February T-1), or a diploma of
/// calendar year T-2, needs an accountantsverklaring: without one it is refused (ROD080), with one accepted with RS005.
/// Compared is the state on each teldatum, not the message: a change that leaves it as it was passes (docs/rod.md,
/// "Mutation stop", lists the fields and the choices).
/// </summary>
public static class Mutatiestop
{
    /// <summary>The stop begins on this month and day of the second teldatum's year (art. 7 lid 1: "vanaf 1 juni volgend op de tweede teldatum").</summary>
    public const int IngangMaand = 6;

    public const int IngangDag = 1;

    /// <summary>The first day on which changes to the teldata of MBO funding year <paramref name="bekostigingsjaar"/> need an accountantsverklaring.</summary>
    public static DateOnly Ingang(int bekostigingsjaar) => new(bekostigingsjaar - 1, IngangMaand, IngangDag);

    /// <summary>ROD080 per field without the accountantsverklaring; RS005 per field with it.</summary>
    public static (IReadOnlyList<Foutmelding> Fouten, IReadOnlyList<Signaal> Signalen) Beoordeel(Inschrijving? oud, Inschrijving? nieuw, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var wijzigingen = Wijzigingen(oud, nieuw, context.Vandaag);
        return context.Accountantsverklaring
            ? ([], [.. wijzigingen.Select(w => RodSignaalcodes.RS005(w.Veld, w.Teldatum))])
            : ([.. wijzigingen.Select(w => RodFoutcodes.ROD080(w.Veld, w.Teldatum))], []);
    }

    /// <summary>
    /// Every funding field the mutation from <paramref name="oud"/> (null: a new enrolment) to <paramref name="nieuw"/>
    /// (null: removed) changes on a teldatum whose stop has begun on <paramref name="vandaag"/>, each field once with the
    /// earliest such teldatum. VO enrolments: none (the regulation is the MBO one; docs/rod.md).
    /// </summary>
    public static IReadOnlyList<Mutatiestopwijziging> Wijzigingen(Inschrijving? oud, Inschrijving? nieuw, DateOnly vandaag)
    {
        if (oud?.Sector != Sector.MBO && nieuw?.Sector != Sector.MBO)
        {
            return [];
        }

        // Loops, not LINQ: every MBO mutation passes here, a national load 520,000 times.
        var gevonden = new List<Mutatiestopwijziging>();
        var vroegsteJaar = Math.Min(VroegsteJaar(oud), VroegsteJaar(nieuw));
        for (var jaar = vroegsteJaar + 2; Ingang(jaar) <= vandaag; jaar++)
        {
            var opdracht = new Bekostigingsopdracht(Sector.MBO, jaar, default, Statusbepaling.Voorlopig);
            var teldata = opdracht.Teldata;
            foreach (var teldatum in teldata)
            {
                Velden(oud, nieuw, teldatum, teldata[0].Year, veld => VoegToe(gevonden, new Mutatiestopwijziging(veld, teldatum)));
            }

            if ((HeeftDiplomas(oud) || HeeftDiplomas(nieuw)) && !Diplomas(oud, jaar - 2).SequenceEqual(Diplomas(nieuw, jaar - 2)))
            {
                VoegToe(gevonden, new Mutatiestopwijziging("diploma", teldata[0]));
            }
        }

        return gevonden;
    }

    /// <summary>The calendar year before the earliest that a funding year of this MBO enrolment can count (int.MaxValue for none).</summary>
    private static int VroegsteJaar(Inschrijving? inschrijving)
    {
        if (inschrijving?.Sector != Sector.MBO)
        {
            return int.MaxValue;
        }

        var jaar = inschrijving.DatumInschrijving.Year - 1;
        foreach (var diploma in inschrijving.Diplomas)
        {
            jaar = Math.Min(jaar, diploma.DatumResultaat.Year);
        }

        return jaar;
    }

    private static bool HeeftDiplomas(Inschrijving? inschrijving) => inschrijving is { Diplomas.Count: > 0 };

    /// <summary>Each field once, with the earliest teldatum on which it changed (the years are walked in order).</summary>
    private static void VoegToe(List<Mutatiestopwijziging> gevonden, Mutatiestopwijziging wijziging)
    {
        if (!gevonden.Exists(w => string.Equals(w.Veld, wijziging.Veld, StringComparison.Ordinal)))
        {
            gevonden.Add(wijziging);
        }
    }

    /// <summary>The names of the "M" fields whose value on the teldatum differs between the two states, each given to <paramref name="gewijzigd"/>.</summary>
    private static void Velden(Inschrijving? oud, Inschrijving? nieuw, DateOnly teldatum, int teljaar, Action<string> gewijzigd)
    {
        var (voor, na) = (oud?.PeriodeOp(teldatum), nieuw?.PeriodeOp(teldatum));
        if ((voor is null) != (na is null))
        {
            gewijzigd(oud is null || nieuw is null ? "inschrijving"
                : oud.DatumInschrijving <= teldatum != nieuw.DatumInschrijving <= teldatum ? "datumInschrijving"
                : "datumUitschrijving");
            return;
        }

        if (voor is null || na is null)
        {
            return;
        }

        Veld("opleidingcode", voor.Opleidingcode, na.Opleidingcode, gewijzigd);
        Veld("niveau", voor.Niveau, na.Niveau, gewijzigd);
        Veld("leertraject", voor.Leertraject, na.Leertraject, gewijzigd);
        Veld("indicatieBekostigbaar", voor.IndicatieBekostigbaar, na.IndicatieBekostigbaar, gewijzigd);
        Veld("leerroute", voor.Leerroute, na.Leerroute, gewijzigd);
        Veld("leerroutefase", voor.Leerroutefase, na.Leerroutefase, gewijzigd);
        if ((voor.Leertraject == "BBL" || na.Leertraject == "BBL") && !Praktijkovereenkomsten(oud!, teljaar).SequenceEqual(Praktijkovereenkomsten(nieuw!, teljaar)))
        {
            gewijzigd("bpv");
        }
    }

    private static void Veld<T>(string veld, T voor, T na, Action<string> gewijzigd)
    {
        if (!EqualityComparer<T>.Default.Equals(voor, na))
        {
            gewijzigd(veld);
        }
    }

    /// <summary>BBL (bijlage C: "alléén voor BBL- en CBL-deelnemers"): afsluitdatum and datum begin of the BPVs concluded by 31 December of the teljaar (domain.md rule 53).</summary>
    private static IEnumerable<(string, DateOnly, DateOnly)> Praktijkovereenkomsten(Inschrijving inschrijving, int teljaar) =>
        inschrijving.Bpvs.Where(b => b.Afsluitdatum <= new DateOnly(teljaar, 12, 31))
            .Select(b => (b.Volgnummer, b.Afsluitdatum, b.DatumBegin))
            .Order();

    /// <summary>The diplomas of a calendar year as funding reads them: opleidingcode, date and indicatie bekostigbaar.</summary>
    private static IEnumerable<(string, string, DateOnly, bool)> Diplomas(Inschrijving? inschrijving, int kalenderjaar) =>
        (inschrijving?.Diplomas ?? []).Where(d => d.DatumResultaat.Year == kalenderjaar)
            .Select(d => (d.Resultaatvolgnummer, d.Opleidingcode, d.DatumResultaat, d.IndicatieBekostigbaar))
            .Order();
}
