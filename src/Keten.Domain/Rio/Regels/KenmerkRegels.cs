using System.Globalization;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rio.Regels;

/// <summary>DUO's kenmerk checks K01010–K01060 for one list of kenmerken of one entity (or period, or cohort).</summary>
public static class KenmerkRegels
{
    /// <param name="levensduur">The span of the carrying object; a value must be valid on at least one day of it (K01051).</param>
    public static IEnumerable<Foutmelding> Controleer(IReadOnlyList<Kenmerk> kenmerken, IReadOnlyList<KenmerkDefinitie> definities, Geldigheid levensduur)
    {
        foreach (var kenmerk in kenmerken.Where(k => definities.All(d => d.Kenmerknaam != k.Kenmerknaam)))
        {
            yield return Foutcodes.K01030(kenmerk.Kenmerknaam);
        }

        foreach (var definitie in definities)
        {
            var aanwezig = kenmerken.Where(k => k.Kenmerknaam == definitie.Kenmerknaam).ToList();
            if (aanwezig.Count < definitie.Min)
            {
                yield return Foutcodes.K01010(definitie.Kenmerknaam);
            }

            if (aanwezig.Count > definitie.Max)
            {
                yield return Foutcodes.K01020(definitie.Kenmerknaam);
            }

            foreach (var dubbel in aanwezig.GroupBy(k => k.Waarde).Where(g => g.Count() > 1))
            {
                yield return Foutcodes.K01040(definitie.Kenmerknaam, dubbel.Key);
            }

            foreach (var kenmerk in aanwezig)
            {
                var fout = ControleerWaarde(kenmerk, definitie, levensduur);
                if (fout is not null)
                {
                    yield return fout;
                }
            }
        }
    }

    private static Foutmelding? ControleerWaarde(Kenmerk kenmerk, KenmerkDefinitie definitie, Geldigheid levensduur)
    {
        if (kenmerk.Type != definitie.Type || !LexicaalGeldig(kenmerk))
        {
            return Foutcodes.K01060(kenmerk.Kenmerknaam, kenmerk.Waarde);
        }

        if (definitie.Waardelijst is null)
        {
            return null;
        }

        var waarde = definitie.Waardelijst.Zoek(kenmerk.Waarde);
        if (waarde is null)
        {
            return Foutcodes.K01050(kenmerk.Kenmerknaam, kenmerk.Waarde);
        }

        return waarde.GeldigIn(levensduur.Begindatum, levensduur.Einddatum) ? null : Foutcodes.K01051(kenmerk.Kenmerknaam, kenmerk.Waarde);
    }

    private static bool LexicaalGeldig(Kenmerk kenmerk) => kenmerk.Type switch
    {
        KenmerkType.Datum => DateOnly.TryParseExact(kenmerk.Waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        KenmerkType.Getal => decimal.TryParse(kenmerk.Waarde, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        KenmerkType.Boolean => kenmerk.Waarde is "true" or "false" or "1" or "0",
        _ => true,
    };
}
