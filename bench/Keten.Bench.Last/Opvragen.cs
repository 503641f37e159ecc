using System.Xml.Linq;
using Keten.Application.Generator;
using Keten.Contract.Rio.Xml;

namespace Keten.Bench.Last;

/// <summary>
/// One Raadplegen operation with request bodies that vary over the national data set (every aanbieder, board,
/// locatie, offering), each asked by the board that owns the object.
/// </summary>
internal sealed record Vraag(string Operatie, Func<long, Envelop> Maak);

internal static class Opvragen
{
    public const string Service = "raadplegen4.0";
    private static readonly XNamespace R = RioNamespaces.Raadplegen;

    /// <summary>An early peildatumtijdMutaties: every object of the data set changed after it.</summary>
    public const string Vroeg = "2000-01-01T00:00:00";

    public static IReadOnlyList<Vraag> Alle(LandelijkeDataset dataset)
    {
        var aanbieders = dataset.Aanbieders.ToArray();
        var besturen = dataset.Referentiedata.Onderwijsbesturen.ToArray();
        var gebruiken = dataset.Locatiegebruiken.ToArray();
        var oinVan = besturen.ToDictionary(b => b.Code, b => b.Oin);
        var opleidingen = Math.Max(1, dataset.Opties.Opleidingen);

        Vraag PerAanbieder(string operatie, Func<LandelijkeAanbieder, object[]> inhoud) =>
            new(operatie, Rond(aanbieders, a => new Envelop(Service, operatie, a.Oin, inhoud(a))));
        Vraag PerBestuur(string operatie, Func<Keten.Domain.Referentie.Onderwijsbestuur, object[]> inhoud) =>
            new(operatie, Rond(besturen, b => new Envelop(Service, operatie, b.Oin, inhoud(b))));
        Vraag PerGebruik(string operatie, Func<Keten.Domain.Rio.Onderwijslocatiegebruik, object[]> inhoud) =>
            new(operatie, Rond(gebruiken, g => new Envelop(Service, operatie, oinVan[g.Onderwijsbestuurcode], inhoud(g))));

        var opleidingVragen = Enumerable.Range(0, 1000).Select(k => dataset.Opleiding((int)((long)k * 7919 % opleidingen)))
            .Select(ao => new Envelop(Service, "opvragen_aangebodenOpleiding", aanbieders.First(a => a.Code == ao.Onderwijsaanbiedercode).Oin,
                E("aangebodenOpleidingCode", ao.AangebodenOpleidingCode.ToString("D"))))
            .ToArray();
        return
        [
            new("opvragen_aangebodenOpleiding", n => opleidingVragen[n % opleidingVragen.Length]),
            PerAanbieder("opvragen_aangebodenOpleidingenVanOrganisatie", a => [E("onderwijsaanbiedercode", a.Code), E("pagina", "0")]),
            PerAanbieder("opvragen_gewijzigdeAangebodenOpleidingen", a => [E("peildatumtijdMutaties", Vroeg), E("onderwijsaanbiederCode", a.Code), E("pagina", "0")]),
            PerAanbieder("opvragen_onderwijsaanbieder", a => [E("onderwijsaanbiedercode", a.Code)]),
            PerBestuur("opvragen_gewijzigdeOnderwijsaanbieders", b => [E("peildatumtijdMutaties", Vroeg), E("pagina", "0"), E("onderwijsbestuurcode", b.Code)]),
            PerBestuur("opvragen_onderwijsaanbiedersVanOrganisatie", b => [E("onderwijsbestuurCode", b.Code)]),
            PerGebruik("opvragen_onderwijslocatiegebruik", g => [E("onderwijsbestuurCode", g.Onderwijsbestuurcode), E("onderwijslocatieCode", g.Onderwijslocatiecode!)]),
            PerBestuur("opvragen_onderwijslocatiegebruikVanOrganisatie", b => [E("onderwijsbestuurCode", b.Code)]),
            PerBestuur("opvragen_gewijzigdOnderwijslocatiegebruik", _ => [E("peildatumtijdMutaties", Vroeg), E("pagina", "0")]),
            PerGebruik("opvragen_onderwijslocatie", g => [E("onderwijslocatieCode", g.Onderwijslocatiecode!)]),
            PerBestuur("opvragen_opleidingseenhedenVanOrganisatie", b => [E("onderwijsbestuurcode", b.Code), E("pagina", "0")]),
            PerBestuur("opvragen_opleidingsrelatiesBijOpleidingseenheid", _ => [E("opleidingseenheidcode", "1000O0001")]),
            PerGebruik("opvragen_rioIdentificatiecode", g => [new XElement(R + "aanduidingAdres",
                E("postcode", g.AanduidingAdres!.Postcode), E("huisnummer", g.AanduidingAdres.Huisnummer.ToString(System.Globalization.CultureInfo.InvariantCulture)))]),
            PerBestuur("opvragen_instellingsstructuur", b => [E("bevoegdGezagNummer", b.BevoegdGezagNummer!)]),
        ];
    }

    /// <summary>The request of one page of the change feed of an aanbieder's offerings.</summary>
    public static Envelop FeedPagina(LandelijkeAanbieder aanbieder, int pagina) =>
        new(Service, "opvragen_gewijzigdeAangebodenOpleidingen", aanbieder.Oin,
            E("peildatumtijdMutaties", Vroeg), E("onderwijsaanbiederCode", aanbieder.Code), E("pagina", pagina.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Null for an answer that is no SOAP fault (a refusal with foutmeldingen is an answer too).</summary>
    public static string? GeenFault(string antwoord) =>
        antwoord.Contains("Fault>", StringComparison.Ordinal) ? "fault: " + Belasting.Kort(antwoord) : null;

    private static XElement E(string naam, string waarde) => new(R + naam, waarde);

    private static Func<long, Envelop> Rond<T>(IReadOnlyList<T> items, Func<T, Envelop> maak)
    {
        var envelops = items.Select(maak).ToArray();
        return n => envelops[n % envelops.Length];
    }
}
