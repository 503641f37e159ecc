using System.Xml.Linq;
using Keten.Domain.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rio.Queries;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;
using Keten.Storage;
using static Keten.Server.Rio.Soap.Raadplegen.RaadplegenVerzoekLezer;

namespace Keten.Server.Rio.Soap.Raadplegen;

public sealed partial class RaadplegenSoapHandlers
{
    /// <summary>The XSD allows at most 999 onderwijslocatiegebruik elements in one answer (no paging).</summary>
    private const int MaximaalGebruik = 999;

    public async Task<XElement> OnderwijslocatiegebruikAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var bestuur = Verplicht(verzoek, "onderwijsbestuurCode");
        var locatie = Verplicht(verzoek, "onderwijslocatieCode");
        if (await queries.OnderwijslocatiegebruikAsync(bestuur, locatie, ct) is not { } gebruik)
        {
            return Afgekeurd(verzoek, Foutcodes.A01130(bestuur, locatie));
        }

        if (await queries.OnderwijslocatieAsync(gebruik.Onderwijslocatiecode ?? locatie, ct) is not { } onderwijslocatie)
        {
            return Afgekeurd(verzoek, Foutcodes.A01060(locatie));
        }

        return Bedrijfsdocument.Antwoord(
            verzoek, RaadplegenXmlWriter.RequestGoedgekeurd(true), RaadplegenXmlWriter.Onderwijslocatiegebruik(gebruik, onderwijslocatie));
    }

    public async Task<XElement> OnderwijslocatiegebruikVanOrganisatieAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var bestuur = Verplicht(verzoek, "onderwijsbestuurCode");
        if (referentiedata.Huidig.Bestuur(bestuur) is null)
        {
            return Afgekeurd(verzoek, Foutcodes.A01110(bestuur));
        }

        var elementen = new List<XElement>();
        var gezien = 0;
        for (var pagina = 0; elementen.Count < MaximaalGebruik; pagina++)
        {
            var resultaat = await queries.OnderwijslocatiegebruikVanBestuurAsync(bestuur, null, pagina, ct);
            foreach (var gebruik in resultaat.Items)
            {
                if (gebruik.Onderwijslocatiecode is { } code && await queries.OnderwijslocatieAsync(code, ct) is { } locatie
                    && elementen.Count < MaximaalGebruik)
                {
                    elementen.Add(RaadplegenXmlWriter.Onderwijslocatiegebruik(gebruik, locatie));
                }
            }

            gezien += resultaat.Items.Count;
            if (gezien >= resultaat.AantalResultaten || resultaat.Items.Count == 0)
            {
                break;
            }
        }

        return Bedrijfsdocument.Antwoord(verzoek, RaadplegenXmlWriter.RequestGoedgekeurd(true), elementen);
    }

    /// <summary>
    /// The request names no board: Keten answers the changes of the board whose OIN sent the request, or of every
    /// board when the sender is no board (e.g. DUO itself).
    /// </summary>
    public async Task<XElement> GewijzigdOnderwijslocatiegebruikAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var pagina = Pagina(verzoek);
        var bestuur = referentiedata.Huidig.BestuurMetOin(verzoek.VerzenderOin)?.Code;
        var resultaat = await queries.GewijzigdAsync<Onderwijslocatiegebruik>(
            RioObjectSoort.Onderwijslocatiegebruik,
            new MutatieFilter(PeildatumtijdMutaties(verzoek), Onderwijsbestuurcode: bestuur),
            pagina,
            ct);
        return Bedrijfsdocument.Antwoord(
            verzoek,
            resultaat.Items.Select(g => RaadplegenXmlWriter.GewijzigdOnderwijslocatiegebruik(Gewijzigd(g))),
            RaadplegenXmlWriter.Paginering(Paginering(pagina, resultaat.AantalResultaten)),
            RaadplegenXmlWriter.RequestGoedgekeurd(true));
    }

    public async Task<XElement> OnderwijslocatieAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var code = Verplicht(verzoek, "onderwijslocatieCode");
        if (await queries.OnderwijslocatieAsync(code, ct) is not { } locatie)
        {
            return Afgekeurd(verzoek, Foutcodes.A01060(code));
        }

        return Bedrijfsdocument.Antwoord(verzoek, RaadplegenXmlWriter.RequestGoedgekeurd(true), RaadplegenXmlWriter.Onderwijslocatie(locatie));
    }

    /// <summary>The store's key is "bestuur|locatie" (<see cref="OnderwijslocatiegebruikHandler.Sleutel"/>); a deleted entry has only that.</summary>
    private static GewijzigdOnderwijslocatiegebruik Gewijzigd(Gewijzigd<Onderwijslocatiegebruik> g)
    {
        var delen = g.Sleutel.Split('|', 2);
        var bestuur = g.Staat?.Onderwijsbestuurcode ?? delen[0];
        var locatie = g.Staat?.Onderwijslocatiecode ?? (delen.Length == 2 ? delen[1] : g.Sleutel);
        return new GewijzigdOnderwijslocatiegebruik(bestuur, locatie, g.SoortWijziging);
    }
}
