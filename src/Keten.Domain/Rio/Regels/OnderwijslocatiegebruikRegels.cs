using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;

namespace Keten.Domain.Rio.Regels;

/// <summary>DUO's checks of aanleveren_onderwijslocatiegebruik.</summary>
public static class OnderwijslocatiegebruikRegels
{
    /// <summary>N03010: DUO's maximum, which DUO's XSD enforces itself (HuisnummertoevoegingNEN-v02) on SOAP and REST (ADR 0026); the CLI leaves it to this rule.</summary>
    public const int MaximaleToevoeging = 6;

    /// <param name="locatieBekend">Whether the onderwijslocatieCode the message names exists in RIO (ignored when it names an address).</param>
    /// <param name="adresAlInGebruik">
    /// For a message that names a new place by its address: the code of the onderwijslocatie at that address the board
    /// already uses (a live gebruik), else null (N01020).
    /// </param>
    public static IReadOnlyList<Foutmelding> Controleer(
        Onderwijslocatiegebruik gebruik, string afzenderBestuurcode, Referentiedata referentie, bool locatieBekend, string? adresAlInGebruik = null)
    {
        if (referentie.Bestuur(gebruik.Onderwijsbestuurcode) is not { } bestuur)
        {
            return [Foutcodes.A01110(gebruik.Onderwijsbestuurcode)];
        }

        if (gebruik.Onderwijsbestuurcode != afzenderBestuurcode)
        {
            return [Foutcodes.AUT401("onderwijsbestuurcode", gebruik.Onderwijsbestuurcode)];
        }

        var fouten = new List<Foutmelding>();
        var locatie = gebruik.Onderwijslocatiecode ?? "nieuw";
        if (gebruik.Onderwijslocatiecode is not null && !locatieBekend)
        {
            fouten.Add(Foutcodes.A01060(gebruik.Onderwijslocatiecode));
        }

        if (gebruik.AanduidingAdres?.Huisnummertoevoeging is { Length: > MaximaleToevoeging } toevoeging)
        {
            fouten.Add(Foutcodes.N03010(toevoeging));
        }

        if (adresAlInGebruik is not null)
        {
            fouten.Add(Foutcodes.N01020(bestuur.Code, adresAlInGebruik));
        }

        if (gebruik.UitBedrijfdatum is { } uit && uit <= gebruik.InBedrijfdatum)
        {
            fouten.Add(Foutcodes.N01010(locatie));
        }

        fouten.AddRange(BinnenLevensduurBestuur(gebruik, bestuur));

        foreach (var relatie in gebruik.JuridischeRelaties)
        {
            var instelling = referentie.Instelling(relatie.Instellingserkenningscode);
            if (instelling is null)
            {
                fouten.Add(Foutcodes.A01040(relatie.Instellingserkenningscode));
            }
            else if (instelling.Onderwijsbestuurcode != afzenderBestuurcode)
            {
                fouten.Add(Foutcodes.AUT401("instellingserkenningscode", relatie.Instellingserkenningscode));
            }
        }

        fouten.AddRange(KenmerkRegels.Controleer(gebruik.Kenmerken, KenmerkDefinities.Onderwijslocatiegebruik, new Geldigheid(gebruik.InBedrijfdatum, gebruik.UitBedrijfdatum)));
        return fouten;
    }

    /// <summary>
    /// N01410: inBedrijfdatum &gt;= the board's inBedrijfdatum and uitBedrijfdatum &lt;= the board's uitBedrijfdatum, each
    /// where the reference data gives the board's date. An open uitBedrijfdatum ends with the board
    /// (<see cref="Lezingen.OpenEinddatumLooptDoor"/>), so it is refused only when the gebruik begins on or after the
    /// board's uitBedrijfdatum: then it has no day in the board's life.
    /// </summary>
    private static IEnumerable<Foutmelding> BinnenLevensduurBestuur(Onderwijslocatiegebruik gebruik, Onderwijsbestuur bestuur)
    {
        if (bestuur.InBedrijfdatum is { } bestuurIn && gebruik.InBedrijfdatum < bestuurIn)
        {
            yield return Foutcodes.N01410(bestuur.Code, "inBedrijfdatum", gebruik.InBedrijfdatum);
        }

        if (bestuur.UitBedrijfdatum is not { } bestuurUit)
        {
            yield break;
        }

        if (gebruik.UitBedrijfdatum is { } uit)
        {
            if (uit > bestuurUit)
            {
                yield return Foutcodes.N01410(bestuur.Code, "uitBedrijfdatum", uit);
            }
        }
        else if (gebruik.InBedrijfdatum >= bestuurUit)
        {
            yield return Foutcodes.N01410(bestuur.Code, "inBedrijfdatum", gebruik.InBedrijfdatum);
        }
        else if (Lezingen.OpenEinddatumLooptDoor)
        {
            yield return Foutcodes.N01410(bestuur.Code, "uitBedrijfdatum", null);
        }
    }
}
