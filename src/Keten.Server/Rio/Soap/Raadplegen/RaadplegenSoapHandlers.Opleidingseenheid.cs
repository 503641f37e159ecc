using System.Xml.Linq;
using Keten.Contract.Rio.Xml;
using Keten.Domain.Rio;
using Keten.Server.Soap;
using static Keten.Server.Rio.Soap.Raadplegen.RaadplegenVerzoekLezer;

namespace Keten.Server.Rio.Soap.Raadplegen;

/// <summary>
/// Opleidingseenheden: Raadplegen has no MBO/VO opleidingseenheid element, so Keten answers the particuliere
/// opleidingen boards deliver (see docs/rio-raadplegen-mapping.md).
/// </summary>
public sealed partial class RaadplegenSoapHandlers
{
    /// <summary>herkomstOpleiding (Opleidingsherkomst-v01) of a board's own particuliere opleiding. PROVISIONAL.</summary>
    public const string HerkomstOpleiding = "INSTELLING";

    /// <summary>opleidingseenheidtype (Opleidingseenheidtype-v02) of a particuliere opleiding. PROVISIONAL.</summary>
    public const string OpleidingseenheidtypeParticulier = "PARTICULIERE_OPLEIDING";

    /// <summary>opleidingsrelatiesoort (Opleidingssamenhangsoort-v01) of a delivered opleidingsrelatie. PROVISIONAL.</summary>
    public const string Opleidingsrelatiesoort = "AFGELEID_VAN";

    private const string EigenOpleidingseenheidSleutel = "eigenOpleidingseenheidSleutel";

    public async Task<XElement> OpleidingseenhedenVanOrganisatieAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var bestuur = Verplicht(verzoek, "onderwijsbestuurcode");
        if (referentiedata.Huidig.Bestuur(bestuur) is null)
        {
            return Afgekeurd(verzoek, Foutcodes.A01110(bestuur));
        }

        var pagina = Pagina(verzoek);
        var resultaat = await queries.OpleidingseenhedenVanBestuurAsync(bestuur, null, pagina, ct);
        return Bedrijfsdocument.Antwoord(
            verzoek,
            RaadplegenXmlWriter.RequestGoedgekeurd(true),
            resultaat.Items.Select(e => RaadplegenXmlWriter.Opleidingseenheid(e, HerkomstOpleiding)),
            RaadplegenXmlWriter.Paginering(Paginering(pagina, resultaat.AantalResultaten)));
    }

    public async Task<XElement> OpleidingsrelatiesBijOpleidingseenheidAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var code = Verplicht(verzoek, "opleidingseenheidcode");
        if (await queries.OpleidingseenheidAsync(code, ct) is not { } eenheid)
        {
            return Afgekeurd(verzoek, Foutcodes.A01070(code));
        }

        var gerelateerde = new List<GerelateerdeOpleidingseenheid>();
        foreach (var relatie in await queries.OpleidingsrelatiesBijOpleidingseenheidAsync(code, ct))
        {
            var ander = relatie.Opleidingseenheidcode1 == code ? relatie.Opleidingseenheidcode2 : relatie.Opleidingseenheidcode1;
            var anderSleutel = (await queries.OpleidingseenheidAsync(ander, ct)) is { } a ? EigenSleutel(a) : null;
            gerelateerde.Add(GerelateerdeOpleidingseenheid.Van(relatie, code, OpleidingseenheidtypeParticulier, Opleidingsrelatiesoort, anderSleutel));
        }

        return Bedrijfsdocument.Antwoord(
            verzoek,
            RaadplegenXmlWriter.RequestGoedgekeurd(true),
            RaadplegenXmlWriter.SamenhangOpleidingseenheid(code, OpleidingseenheidtypeParticulier, EigenSleutel(eenheid), gerelateerde));
    }

    private static string? EigenSleutel(Opleidingseenheid eenheid) =>
        eenheid.Kenmerken.FirstOrDefault(k => k.Kenmerknaam == EigenOpleidingseenheidSleutel)?.Waarde;
}
