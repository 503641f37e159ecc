using System.Xml.Linq;
using Keten.Domain.Rio;
using Keten.Application.Rio.Queries;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;
using Keten.Storage;
using static Keten.Server.Rio.Soap.Raadplegen.RaadplegenVerzoekLezer;
using Onderwijsbestuur = Keten.Domain.Referentie.Onderwijsbestuur;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Rio.Soap.Raadplegen;

public sealed partial class RaadplegenSoapHandlers
{
    public async Task<XElement> OnderwijsaanbiederAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var code = Verplicht(verzoek, "onderwijsaanbiedercode");
        if (await queries.OnderwijsaanbiederAsync(code, ct) is not { } aanbieder)
        {
            return Afgekeurd(verzoek, Foutcodes.KTN404("onderwijsaanbiedercode", code));
        }

        return Bedrijfsdocument.Antwoord(verzoek, RaadplegenXmlWriter.RequestGoedgekeurd(true), Onderwijsaanbieder(aanbieder));
    }

    public async Task<XElement> GewijzigdeOnderwijsaanbiedersAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var pagina = Pagina(verzoek);
        var resultaat = await queries.GewijzigdAsync<Onderwijsaanbieder>(
            RioObjectSoort.Onderwijsaanbieder,
            new MutatieFilter(PeildatumtijdMutaties(verzoek), Onderwijsbestuurcode: Tekst(verzoek, "onderwijsbestuurcode")),
            pagina,
            ct);
        return Bedrijfsdocument.Antwoord(
            verzoek,
            RaadplegenXmlWriter.RequestGoedgekeurd(true),
            resultaat.Items.Select(g => RaadplegenXmlWriter.GewijzigdeOnderwijsaanbieder(
                new GewijzigdeOnderwijsaanbieder(g.Staat?.Onderwijsaanbiedercode ?? g.Sleutel, g.SoortWijziging))),
            RaadplegenXmlWriter.Paginering(Paginering(pagina, resultaat.AantalResultaten)));
    }

    /// <summary>
    /// The board with all its aanbieders. The board's inBedrijfdatum is the reference data's; where that does not give
    /// it, Keten takes the earliest begindatum of its erkende instellingen or inBedrijfdatum of its aanbieders.
    /// </summary>
    public async Task<XElement> OnderwijsaanbiedersVanOrganisatieAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        if (Tekst(verzoek, "bevoegdGezagNummer") is { } bevoegdGezag)
        {
            return Afgekeurd(verzoek, Foutcodes.KTN405("bevoegdGezagNummer", bevoegdGezag));
        }

        var code = Verplicht(verzoek, "onderwijsbestuurCode");
        var ref_ = referentiedata.Huidig;
        if (ref_.Bestuur(code) is not { } bestuur)
        {
            return Afgekeurd(verzoek, Foutcodes.A01110(code));
        }

        var aanbieders = new List<Onderwijsaanbieder>();
        for (var pagina = 0; ; pagina++)
        {
            var resultaat = await queries.OnderwijsaanbiedersVanBestuurAsync(code, null, pagina, ct);
            aanbieders.AddRange(resultaat.Items);
            if (aanbieders.Count >= resultaat.AantalResultaten || resultaat.Items.Count == 0)
            {
                break;
            }
        }

        DateOnly[] data =
        [
            .. ref_.ErkendeInstellingen.Where(i => i.Onderwijsbestuurcode == code).Select(i => i.Begindatum),
            .. aanbieders.Select(a => a.InBedrijfdatum),
        ];
        var inBedrijf = bestuur.InBedrijfdatum ?? (data.Length > 0 ? data.Min() : verzoek.Clock.Vandaag());
        return Bedrijfsdocument.Antwoord(
            verzoek,
            RaadplegenXmlWriter.RequestGoedgekeurd(true),
            RaadplegenXmlWriter.Onderwijsbestuur(
                bestuur.Code,
                inBedrijf,
                [new OnderwijsbestuurPeriode(inBedrijf, bestuur.Naam, null, [])],
                aanbieders.Select(Onderwijsaanbieder)));
    }

    /// <summary>
    /// onderwijsaanbieder with its one board (Keten keeps one per aanbieder). A board missing from the reference data
    /// is shown by its code as name.
    /// </summary>
    private XElement Onderwijsaanbieder(Onderwijsaanbieder aanbieder)
    {
        var bestuur = referentiedata.Huidig.Bestuur(aanbieder.Onderwijsbestuurcode)
            ?? new Onderwijsbestuur(aanbieder.Onderwijsbestuurcode, aanbieder.Onderwijsbestuurcode, null, "");
        return RaadplegenXmlWriter.Onderwijsaanbieder(aanbieder, [BijbehorendOnderwijsbestuur.Van(bestuur, aanbieder)],
            brin => referentiedata.Huidig.Instelling(brin)?.Erkenner ?? Erkenner);
    }
}
