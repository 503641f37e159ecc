using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

public static partial class RaadplegenXmlWriter
{
    /// <summary>
    /// onderwijsaanbieder. Raadplegen adds what the domain does not hold: the erkenner of each juridische relatie
    /// (erkennerVan: instellingserkenningscode → OrganisatieErkenner-v01 value) and the bijbehorende onderwijsbesturen.
    /// </summary>
    public static XElement Onderwijsaanbieder(
        Onderwijsaanbieder aanbieder,
        IReadOnlyList<BijbehorendOnderwijsbestuur> bijbehorendeOnderwijsbesturen,
        Func<string, string> erkennerVan)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);
        ArgumentNullException.ThrowIfNull(bijbehorendeOnderwijsbesturen);
        ArgumentNullException.ThrowIfNull(erkennerVan);
        return W.Element(
            "onderwijsaanbieder",
            W.Required("onderwijsaanbiedercode", aanbieder.Onderwijsaanbiedercode),
            OnderwijsaanbiederXml.Kern(W, aanbieder),
            aanbieder.JuridischeRelaties.Select(j => W.Element(
                "juridischeRelatie",
                W.Required("instellingserkenningscode", j.Instellingserkenningscode),
                W.Required("erkenner", erkennerVan(j.Instellingserkenningscode)),
                W.Required("begindatum", j.Begindatum),
                W.Optional("einddatum", j.Einddatum))),
            KenmerkXml.Schrijf(W, aanbieder.Kenmerken),
            bijbehorendeOnderwijsbesturen.Select(b => W.Element(
                "bijbehorendOnderwijsbestuur",
                W.Required("onderwijsbestuurcode", b.Onderwijsbestuurcode),
                W.Required("organisatierelatieBegindatum", b.OrganisatierelatieBegindatum),
                W.Optional("organisatierelatieEinddatum", b.OrganisatierelatieEinddatum),
                BestuurPerioden(b.Perioden))));
    }

    /// <summary>
    /// onderwijsbestuur, the answer to opvragen_onderwijsaanbiedersVanOrganisatie, with its onderwijsaanbieder elements
    /// (from <see cref="Onderwijsaanbieder"/>). bevoegdGezagNummer, uitBedrijfdatum, kenmerken and
    /// onderwijsaanbiedergroepen are left out: Keten does not hold them.
    /// </summary>
    public static XElement Onderwijsbestuur(
        string onderwijsbestuurcode,
        DateOnly inBedrijfdatum,
        IReadOnlyList<OnderwijsbestuurPeriode> perioden,
        IEnumerable<XElement> onderwijsaanbieders)
    {
        ArgumentNullException.ThrowIfNull(perioden);
        ArgumentNullException.ThrowIfNull(onderwijsaanbieders);
        return W.Element(
            "onderwijsbestuur",
            W.Required("onderwijsbestuurcode", onderwijsbestuurcode),
            W.Required("inBedrijfdatum", inBedrijfdatum),
            BestuurPerioden(perioden),
            onderwijsaanbieders);
    }

    private static IEnumerable<XElement> BestuurPerioden(IEnumerable<OnderwijsbestuurPeriode> perioden) =>
        perioden.Select(p => W.Element(
            "onderwijsbestuurPeriode",
            W.Required("begindatum", p.Begindatum),
            W.Required("naam", p.Naam),
            W.Optional("internationaleNaam", p.InternationaleNaam),
            KenmerkXml.Schrijf(W, p.Kenmerken)));
}
