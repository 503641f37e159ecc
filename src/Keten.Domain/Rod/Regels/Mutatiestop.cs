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
        var mbo = new[] { oud, nieuw }.OfType<Inschrijving>().Where(i => i.Sector == Sector.MBO).ToList();
        if (mbo.Count == 0)
        {
            return [];
        }

        var gevonden = new List<Mutatiestopwijziging>();
        var vroegsteJaar = mbo.SelectMany(i => i.Diplomas.Select(d => d.DatumResultaat.Year).Append(i.DatumInschrijving.Year - 1)).Min();
        for (var jaar = vroegsteJaar + 2; Ingang(jaar) <= vandaag; jaar++)
        {
            var opdracht = new Bekostigingsopdracht(Sector.MBO, jaar, default, Statusbepaling.Voorlopig);
            foreach (var teldatum in opdracht.Teldata)
            {
                gevonden.AddRange(Velden(oud, nieuw, teldatum, opdracht.Teldata[0].Year).Select(veld => new Mutatiestopwijziging(veld, teldatum)));
            }

            if (!Diplomas(oud, jaar - 2).SequenceEqual(Diplomas(nieuw, jaar - 2)))
            {
                gevonden.Add(new Mutatiestopwijziging("diploma", opdracht.Teldata[0]));
            }
        }

        return [.. gevonden.GroupBy(w => w.Veld, StringComparer.Ordinal).Select(g => g.First())];
    }

    /// <summary>The names of the "M" fields whose value on the teldatum differs between the two states.</summary>
    private static IEnumerable<string> Velden(Inschrijving? oud, Inschrijving? nieuw, DateOnly teldatum, int teljaar)
    {
        var (voor, na) = (oud?.PeriodeOp(teldatum), nieuw?.PeriodeOp(teldatum));
        if ((voor is null) != (na is null))
        {
            yield return oud is null || nieuw is null ? "inschrijving"
                : oud.DatumInschrijving <= teldatum != nieuw.DatumInschrijving <= teldatum ? "datumInschrijving"
                : "datumUitschrijving";
            yield break;
        }

        if (voor is null || na is null)
        {
            yield break;
        }

        var velden = new (string Veld, object? Voor, object? Na)[]
        {
            ("opleidingcode", voor.Opleidingcode, na.Opleidingcode),
            ("niveau", voor.Niveau, na.Niveau),
            ("leertraject", voor.Leertraject, na.Leertraject),
            ("indicatieBekostigbaar", voor.IndicatieBekostigbaar, na.IndicatieBekostigbaar),
            ("leerroute", voor.Leerroute, na.Leerroute),
            ("leerroutefase", voor.Leerroutefase, na.Leerroutefase),
        };
        foreach (var (veld, _, _) in velden.Where(v => !Equals(v.Voor, v.Na)))
        {
            yield return veld;
        }

        if ((voor.Leertraject == "BBL" || na.Leertraject == "BBL") && !Praktijkovereenkomsten(oud!, teljaar).SequenceEqual(Praktijkovereenkomsten(nieuw!, teljaar)))
        {
            yield return "bpv";
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
