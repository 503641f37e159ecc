using Keten.Domain.Rio;
using Keten.Storage;

namespace Keten.Application.Rio;

/// <summary>
/// The <see cref="Zoekvelden"/> of each stored record: what the read side filters on in SQL. Migration 0003
/// backfills existing rows the same way from their JSON; keep the two in step.
/// </summary>
public static class RioZoekvelden
{
    public const string EigenOnderwijsaanbiederSleutel = "eigenOnderwijsaanbiederSleutel";
    public const string EigenOpleidingseenheidSleutel = "eigenOpleidingseenheidSleutel";
    public const string EigenAangebodenOpleidingSleutel = "eigenAangebodenOpleidingSleutel";

    public static Zoekvelden Van(Onderwijsaanbieder a) =>
        new(a.InBedrijfdatum, a.UitBedrijfdatum, EigenSleutel: Waarde(a.Kenmerken, EigenOnderwijsaanbiederSleutel));

    public static Zoekvelden Van(Onderwijslocatiegebruik g) => new(g.InBedrijfdatum, g.UitBedrijfdatum);

    public static Zoekvelden Van(Onderwijslocatie l) =>
        new(Adres: l.AanduidingAdres is { } a ? Adres(a) : null);

    public static Zoekvelden Van(Opleidingseenheid e) =>
        new(e.Begindatum, e.Einddatum, EigenSleutel: Waarde(e.Kenmerken, EigenOpleidingseenheidSleutel));

    public static Zoekvelden Van(AangebodenOpleiding ao) =>
        new(ao.Begindatum, ao.Einddatum, ao.Onderwijslocatiecode, Waarde(ao.Kenmerken, EigenAangebodenOpleidingSleutel),
            DoorlopendeLeerlijn: ao.DoorlopendeLeerlijnVmboMbo);

    public static string Adres(AanduidingAdres adres)
    {
        ArgumentNullException.ThrowIfNull(adres);
        return Zoekvelden.AdresSleutel(adres.Postcode, adres.Huisnummer, adres.Huisnummertoevoeging);
    }

    private static string? Waarde(IReadOnlyList<Kenmerk> kenmerken, string naam) =>
        kenmerken.FirstOrDefault(k => k.Kenmerknaam == naam)?.Waarde;
}
