using System.Xml.Linq;
using Keten.Application.Rod;
using Keten.Contract.Soap;
using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Domain.Verzuim;
using Keten.Storage.Rod;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;

namespace Keten.Server.Rod.Soap;

/// <summary>
/// Writes the answers of DUO_ROD_Inschrijvingen_V1 in the element order of its XSD: the terugkoppeling of a mutation,
/// the enrolment an opvragen returns, the identificatieverzoek's answer and the pages of the search and the feed. Optional elements without a value are left out, as RIO's writers do.
/// </summary>
internal static class RodXmlWriter
{
    private static readonly ElementWriter W = new(RodSoapServices.InschrijvingenNamespace);

    /// <summary>The content of type Inschrijvingterugkoppeling after the bedrijfsdocument (at most 99 of each list).</summary>
    public static object[] Terugkoppeling(InschrijvingTerugkoppeling antwoord)
    {
        ArgumentNullException.ThrowIfNull(antwoord);
        return
        [
            RequestGoedgekeurd(antwoord.LeveringGoedgekeurd),
            antwoord.Foutmeldingen.Take(99).Select(W.Foutmelding),
            antwoord.Signalen.Take(99).Select(Signaal),
            antwoord.VoorlopigeBekostiging is { } bekostiging ? VoorlopigeBekostiging(bekostiging) : null!,
            W.Optional("inschrijvingId", antwoord.InschrijvingId)!,
            antwoord.Ketensignalen.Take(99).Select(Ketensignaal),
            antwoord.Verantwoordelijkheid is { } verantwoordelijkheid ? Verantwoordelijkheid(verantwoordelijkheid) : null!,
        ];
    }

    /// <summary>Who reports on the day, and through which enrolment (type Verantwoordelijkheid).</summary>
    public static XElement Verantwoordelijkheid(VerantwoordelijkheidAntwoord antwoord)
    {
        ArgumentNullException.ThrowIfNull(antwoord);
        return W.Element("verantwoordelijkheid",
            W.Required("datum", antwoord.Datum),
            antwoord.Verantwoordelijke is { } v
                ? W.Element("verantwoordelijke",
                    W.Required("brin", v.Brin),
                    W.Required("sector", v.Sector.ToString()),
                    W.Optional("inschrijvingvolgnummer", v.Inschrijvingvolgnummer),
                    W.Required("redencode", v.Redencode),
                    W.Required("reden", v.Reden))
                : null);
    }

    /// <summary>The content of an identificatieverzoek_response: the foutmeldingen, or the one person number and nieuwToegekend.</summary>
    public static object[] Identificatieantwoord(Identificatieantwoord antwoord)
    {
        ArgumentNullException.ThrowIfNull(antwoord);
        return antwoord is { Goedgekeurd: true, Persoon: { } persoon }
            ? [RequestGoedgekeurd(true), W.Required(persoon.Veldnaam, persoon.Waarde), W.Required("nieuwToegekend", Indicatie(antwoord.NieuwToegekend))]
            : Afgekeurd(antwoord.Foutmeldingen);
    }

    /// <summary>requestGoedgekeurd false and the foutmeldingen (at most 99), for the answers that are a choice between the two.</summary>
    public static object[] Afgekeurd(IEnumerable<Foutmelding> foutmeldingen) =>
        [RequestGoedgekeurd(false), foutmeldingen.Take(99).Select(W.Foutmelding)];

    public static XElement RequestGoedgekeurd(bool goedgekeurd) => W.Element("requestGoedgekeurd", Indicatie(goedgekeurd));

    public static XElement Paginering(Paginering paginering) => W.Paginering(paginering);

    public static XElement GevondenInschrijving(OpgeslagenInschrijving gevonden)
    {
        ArgumentNullException.ThrowIfNull(gevonden);
        return W.Element("gevondenInschrijving", InschrijvingId(gevonden.InschrijvingId), Inschrijving(gevonden.Inschrijving));
    }

    public static XElement GewijzigdKetensignaal(KetensignaalFeeditem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return W.Element("gewijzigd_Ketensignaal",
            KetensignaalVelden(item.Signaal),
            W.Required("open", Indicatie(item.Open)),
            W.Required("gewijzigdOp", Bedrijfsdocument.DatumTijd(item.GewijzigdOp)));
    }

    public static XElement InschrijvingId(string inschrijvingId) => W.Required("inschrijvingId", inschrijvingId);

    public static XElement Inschrijving(Inschrijving i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return W.Element("inschrijving",
            Sleutel(i.Sleutel),
            W.Required("sector", i.Sector.ToString()),
            W.Required("datumInschrijving", i.DatumInschrijving),
            W.Optional("datumUitschrijvingGepland", i.DatumUitschrijvingGepland),
            W.Optional("datumUitschrijvingWerkelijk", i.DatumUitschrijvingWerkelijk),
            W.Optional("hoogsteVooropleiding", i.HoogsteVooropleiding),
            W.Optional("redenUitstroom", i.RedenUitstroom),
            i.Perioden.Select(Periode),
            i.Bpvs.Select(Bpv),
            i.Diplomas.Select(Diploma));
    }

    /// <summary>The elements of type InschrijvingSleutel: brin, the one person number under its own name, volgnummer.</summary>
    private static XElement[] Sleutel(InschrijvingSleutel s) =>
    [
        W.Required("brin", s.Brin),
        W.Required(s.Persoon.Veldnaam, s.Persoon.Waarde),
        W.Required("inschrijvingvolgnummer", s.Inschrijvingvolgnummer),
    ];

    private static XElement Periode(Inschrijvingsperiode p) => W.Element("inschrijvingsperiode",
        W.Required("datumBegin", p.DatumBegin),
        W.Required("opleidingcode", p.Opleidingcode),
        W.Optional("leertraject", p.Leertraject),
        W.Optional("niveau", p.Niveau),
        W.Optional("leerroute", p.Leerroute?.ToString()),
        W.Optional("leerroutefase", p.Leerroutefase?.ToString()),
        W.Required("indicatieBekostigbaar", Indicatie(p.IndicatieBekostigbaar)),
        W.Required("onderwijsaanbiedercode", p.Onderwijsaanbiedercode),
        W.Optional("samenwerkendeOnderwijsaanbiedercode", p.SamenwerkendeOnderwijsaanbiedercode),
        W.Optional("onderwijslocatiecode", p.Onderwijslocatiecode),
        W.Optional("aangebodenOpleidingCode", p.AangebodenOpleidingCode?.ToString("D")),
        W.Optional("locatiecodeVsv", p.LocatiecodeVsv),
        W.Optional("leerjaar", p.Leerjaar is { } leerjaar ? XmlValues.Geheel(leerjaar) : null),
        W.Optional("vestiging", p.Vestiging));

    private static XElement Bpv(Bpv b) => W.Element("bpv",
        W.Required("volgnummer", b.Volgnummer),
        W.Required("afsluitdatum", b.Afsluitdatum),
        W.Required("datumBegin", b.DatumBegin),
        W.Required("datumEindeGepland", b.DatumEindeGepland),
        W.Optional("datumEindeWerkelijk", b.DatumEindeWerkelijk),
        W.Required("leerbedrijfId", b.LeerbedrijfId),
        W.Optional("omvangUren", b.OmvangUren is { } uren ? XmlValues.Geheel(uren) : null),
        W.Required("opleidingcode", b.Opleidingcode));

    private static XElement Diploma(Diploma d) => W.Element("diploma",
        W.Required("resultaatvolgnummer", d.Resultaatvolgnummer),
        W.Required("opleidingcode", d.Opleidingcode),
        W.Required("datumResultaat", d.DatumResultaat),
        W.Required("indicatieBekostigbaar", Indicatie(d.IndicatieBekostigbaar)));

    private static XElement Signaal(Signaal s) => W.Element("signaal",
        W.Required("signaalcode", s.Signaalcode),
        W.Required("signaaltekst", s.Signaaltekst),
        s.Sleutelgegevens.Take(5).Select(W.Sleutelgegeven));

    private static XElement VoorlopigeBekostiging(VoorlopigeBekostiging b) => W.Element("voorlopigeBekostiging",
        W.Required("teldatum", b.Teldatum),
        W.Required("bekostigingssector", b.Sector.ToString().ToUpperInvariant()),
        W.Required("redencode", b.Redencode),
        W.Required("reden", b.Reden));

    private static XElement Ketensignaal(KetensignaalMelding k) => W.Element("ketensignaal", KetensignaalVelden(k));

    private static XElement?[] KetensignaalVelden(KetensignaalMelding k) =>
    [
        W.Required("signaalcode", k.Code),
        W.Required("signaaltekst", k.Tekst),
        W.Required("begindatum", k.Begindatum),
        W.Optional("einddatum", k.Einddatum),
        W.Optional("voBrin", k.VoBrin),
        W.Optional("voInschrijvingvolgnummer", k.VoInschrijvingvolgnummer),
        W.Optional("mboBrin", k.MboBrin),
        W.Optional("mboInschrijvingvolgnummer", k.MboInschrijvingvolgnummer),
    ];

    private static string Indicatie(bool waarde) => waarde ? "true" : "false";
}
