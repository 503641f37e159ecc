using System.Xml.Linq;
using Keten.Application.Rod;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Server.Soap;

namespace Keten.Server.Rod.Soap;

/// <summary>
/// Maps the elements of an XSD-valid DUO_ROD_Inschrijvingen_V1 request to the domain records. What the schema leaves to
/// the domain and the domain's types cannot hold becomes a foutmelding: a person named by both numbers or by neither
/// (ROD001) and a value outside a value list the domain holds as an enum (ROD023).
/// </summary>
internal sealed class RodXmlReader
{
    private static readonly ElementReader Lezer = new(RodSoapServices.InschrijvingenNamespace);

    private readonly List<Foutmelding> fouten = [];

    public static Gelezen<Inschrijving> Inschrijving(XElement verzoek) =>
        Lees(r => r.LeesInschrijving(Lezer.Child(verzoek, "inschrijving")));

    public static Gelezen<Uitschrijving> Uitschrijving(XElement verzoek) =>
        Lees(r => r.LeesUitschrijving(Lezer.Child(verzoek, "uitschrijving")));

    public static Gelezen<InschrijvingSleutel> Sleutel(XElement verzoek) =>
        Lees(r => r.LeesSleutel(Lezer.Child(verzoek, "inschrijvingSleutel")));

    /// <summary>The school's data of a person as given: every rule on them is the domain's (ROD070–ROD073).</summary>
    public static Gelezen<Persoonsgegevens> Persoonsgegevens(XElement verzoek) =>
        Lees(_ => LeesPersoonsgegevens(Lezer.Child(verzoek, "persoonsgegevens")));

    /// <summary>Every criterion optional; a person named by both numbers is ROD001.</summary>
    public static Gelezen<InschrijvingZoekopdracht> Zoekopdracht(XElement verzoek) =>
        Lees(r => new InschrijvingZoekopdracht(
            Lezer.OptionalText(verzoek, "brin"),
            r.LeesPersoon(verzoek, verplicht: false),
            Lezer.OptionalDatum(verzoek, "peildatum"),
            Moment(verzoek, "bekendOp"),
            Pagina(verzoek)));

    /// <summary>Who reports for a person on a day: exactly one person number (ROD001), the day optional.</summary>
    public static Gelezen<VerantwoordelijkheidVraag> Verantwoordelijkheidsvraag(XElement verzoek) =>
        Lees(r => new VerantwoordelijkheidVraag(r.LeesPersoon(verzoek, verplicht: true), Lezer.OptionalDatum(verzoek, "datum")));

    /// <summary>The optional accountantsverklaring of a mutation request: absent is false.</summary>
    public static bool Accountantsverklaring(XElement verzoek) =>
        Lezer.OptionalText(verzoek, "accountantsverklaring") is { } tekst && XmlValues.LeesBoolean(tekst);

    /// <summary>An optional xsd:dateTime: with a zone as given, without one Dutch local time.</summary>
    public static DateTimeOffset? Moment(XElement ouder, string naam) =>
        Lezer.OptionalText(ouder, naam) is { } tekst ? XmlValues.LeesDatumTijd(tekst) : null;

    /// <summary>The 0-based page a list request asks for.</summary>
    public static int Pagina(XElement verzoek) => XmlValues.LeesGeheel(Lezer.Text(verzoek, "pagina"));

    private static Gelezen<T> Lees<T>(Func<RodXmlReader, T> lees)
        where T : class
    {
        var lezer = new RodXmlReader();
        var waarde = lees(lezer);
        return lezer.fouten.Count == 0 ? new(waarde, []) : new(null, lezer.fouten);
    }

    private Inschrijving LeesInschrijving(XElement e)
    {
        var sleutel = LeesSleutel(e);
        return new Inschrijving(
            Waarde<Sector>(e, "sector"),
            sleutel.Brin,
            sleutel.Persoon,
            sleutel.Inschrijvingvolgnummer,
            Lezer.Datum(e, "datumInschrijving"),
            Lezer.OptionalDatum(e, "datumUitschrijvingGepland"),
            Lezer.OptionalDatum(e, "datumUitschrijvingWerkelijk"),
            Lezer.OptionalText(e, "hoogsteVooropleiding"),
            Lezer.OptionalText(e, "redenUitstroom"),
            [.. Lezer.Children(e, "inschrijvingsperiode").Select(LeesPeriode)],
            [.. Lezer.Children(e, "bpv").Select(LeesBpv)],
            [.. Lezer.Children(e, "diploma").Select(LeesDiploma)]);
    }

    private Uitschrijving LeesUitschrijving(XElement e) => new(
        LeesSleutel(e),
        Lezer.Datum(e, "datumUitschrijvingWerkelijk"),
        Lezer.OptionalText(e, "redenUitstroom"),
        [.. Lezer.Children(e, "diploma").Select(LeesDiploma)]);

    private InschrijvingSleutel LeesSleutel(XElement e) =>
        new(Lezer.Text(e, "brin"), LeesPersoon(e, verplicht: true) ?? default, Lezer.Text(e, "inschrijvingvolgnummer"));

    /// <summary>
    /// PvE 13.5.5: "Ofwel het burgerservicenummer ofwel het onderwijsnummer is gevuld". Both, or neither where a person
    /// is <paramref name="verplicht"/>, is ROD001.
    /// </summary>
    private Persoonsnummer? LeesPersoon(XElement e, bool verplicht)
    {
        var bsn = Lezer.OptionalText(e, "burgerservicenummer");
        var onderwijsnummer = Lezer.OptionalText(e, "onderwijsnummer");
        if ((bsn is not null && onderwijsnummer is not null) || (verplicht && bsn is null && onderwijsnummer is null))
        {
            fouten.Add(RodFoutcodes.ROD001());
            return null;
        }

        return bsn is not null ? Persoonsnummer.Bsn(bsn)
            : onderwijsnummer is not null ? Persoonsnummer.Onderwijsnummer(onderwijsnummer)
            : null;
    }

    private static Persoonsgegevens LeesPersoonsgegevens(XElement e) => new(
        Lezer.Text(e, "achternaam"),
        Lezer.OptionalText(e, "voorvoegsel"),
        Lezer.OptionalText(e, "voornamen"),
        Lezer.Text(e, "geboortedatum"),
        Lezer.Text(e, "geslacht").Trim(),
        Lezer.OptionalText(e, "postcode"));

    private Inschrijvingsperiode LeesPeriode(XElement e) => new(
        Lezer.Datum(e, "datumBegin"),
        Lezer.Text(e, "opleidingcode"),
        Lezer.OptionalText(e, "niveau"),
        XmlValues.LeesBoolean(Lezer.Text(e, "indicatieBekostigbaar")),
        Lezer.Text(e, "onderwijsaanbiedercode"),
        Leertraject: Lezer.OptionalText(e, "leertraject"),
        Leerjaar: Lezer.OptionalText(e, "leerjaar") is { } leerjaar ? XmlValues.LeesGeheel(leerjaar) : null,
        Vestiging: Lezer.OptionalText(e, "vestiging"),
        Onderwijslocatiecode: Lezer.OptionalText(e, "onderwijslocatiecode"),
        LocatiecodeVsv: Lezer.OptionalText(e, "locatiecodeVsv"),
        AangebodenOpleidingCode: Lezer.OptionalText(e, "aangebodenOpleidingCode") is { } code ? Guid.Parse(code) : null,
        Leerroute: OptioneleWaarde<Leerroutesoort>(e, "leerroute"),
        Leerroutefase: OptioneleWaarde<Leerroutefase>(e, "leerroutefase"),
        SamenwerkendeOnderwijsaanbiedercode: Lezer.OptionalText(e, "samenwerkendeOnderwijsaanbiedercode"));

    private static Bpv LeesBpv(XElement e) => new(
        Lezer.Text(e, "volgnummer"),
        Lezer.Datum(e, "afsluitdatum"),
        Lezer.Datum(e, "datumBegin"),
        Lezer.Datum(e, "datumEindeGepland"),
        Lezer.OptionalDatum(e, "datumEindeWerkelijk"),
        Lezer.Text(e, "leerbedrijfId"),
        Lezer.OptionalText(e, "omvangUren") is { } uren ? XmlValues.LeesGeheel(uren) : null,
        Lezer.Text(e, "opleidingcode"));

    private static Diploma LeesDiploma(XElement e) => new(
        Lezer.Text(e, "resultaatvolgnummer"),
        Lezer.Text(e, "opleidingcode"),
        Lezer.Datum(e, "datumResultaat"),
        XmlValues.LeesBoolean(Lezer.Text(e, "indicatieBekostigbaar")));

    private T Waarde<T>(XElement ouder, string naam)
        where T : struct, Enum =>
        OptioneleWaarde<T>(ouder, naam) ?? default;

    /// <summary>A value list the domain holds as an enum: exactly one of its names (VO, MBO, DLR, GLR), else ROD023.</summary>
    private T? OptioneleWaarde<T>(XElement ouder, string naam)
        where T : struct, Enum
    {
        if (Lezer.OptionalText(ouder, naam)?.Trim() is not { } tekst)
        {
            return null;
        }

        if (Enum.GetNames<T>().Contains(tekst, StringComparer.Ordinal))
        {
            return Enum.Parse<T>(tekst);
        }

        fouten.Add(RodFoutcodes.ROD023(naam, tekst));
        return default(T);
    }
}
