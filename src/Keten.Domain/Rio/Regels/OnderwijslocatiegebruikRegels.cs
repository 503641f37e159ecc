using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;

namespace Keten.Domain.Rio.Regels;

/// <summary>DUO's checks of aanleveren_onderwijslocatiegebruik.</summary>
public static class OnderwijslocatiegebruikRegels
{
    /// <summary>N03010: DUO's maximum, which the SOAP XSD enforces itself (HuisnummertoevoegingNEN-v02) and REST and the CLI leave to this rule.</summary>
    public const int MaximaleToevoeging = 6;

    /// <param name="locatieBekend">Whether the onderwijslocatieCode the message names exists in RIO (ignored when it names an address).</param>
    public static IReadOnlyList<Foutmelding> Controleer(Onderwijslocatiegebruik gebruik, string afzenderBestuurcode, Referentiedata referentie, bool locatieBekend)
    {
        if (referentie.Bestuur(gebruik.Onderwijsbestuurcode) is null)
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

        if (gebruik.UitBedrijfdatum is { } uit && uit <= gebruik.InBedrijfdatum)
        {
            fouten.Add(Foutcodes.N01010(locatie));
        }

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
}
