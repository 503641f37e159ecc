using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Application.Rio;
using System.Globalization;
using System.Xml.Linq;
using Keten.Domain.Referentie;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;
using static Keten.Server.Rio.Soap.Raadplegen.RaadplegenVerzoekLezer;

namespace Keten.Server.Rio.Soap.Raadplegen;

/// <summary>
/// opvragen_instellingsstructuur: a bevoegd gezag with its erkende onderwijsinstellingen (BRIN4), from the
/// reference data DUO/OCW own. With a peildatum only the instellingen recognised on that date are listed.
/// </summary>
public sealed class RaadplegenInstellingsstructuurHandler(ReferentiedataBron referentiedata)
{
    private static readonly XNamespace Ns = RioSoapServices.RaadplegenNamespace;

    public Task<XElement> InstellingsstructuurAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var nummer = Verplicht(verzoek, "bevoegdGezagNummer");
        var referentie = referentiedata.Huidig;
        if (referentie.BestuurMetBevoegdGezagNummer(nummer) is not { } bestuur)
        {
            return Task.FromResult(Afgekeurd(verzoek, Foutcodes.KTN404("bevoegdGezagNummer", nummer)));
        }

        var peildatum = Peildatum(verzoek);
        var instellingen = referentie.ErkendeInstellingen
            .Where(i => i.Onderwijsbestuurcode == bestuur.Code)
            .Where(i => peildatum is not { } p || (i.Begindatum <= p && (i.Einddatum is null || p < i.Einddatum)))
            .OrderBy(i => i.Brin, StringComparer.Ordinal)
            .ToList();
        var begin = referentie.ErkendeInstellingen.Where(i => i.Onderwijsbestuurcode == bestuur.Code).Select(i => i.Begindatum).DefaultIfEmpty(new DateOnly(1900, 1, 1)).Min();
        var wet = instellingen.Select(i => i.Sector).Distinct().Count() == 1 ? InstellingsstructuurWaarden.Wet(instellingen[0].Sector) : null;

        var bevoegdGezag = new XElement(Ns + "bevoegdGezag",
            new XElement(Ns + "code", nummer),
            new XElement(Ns + "erkenner", RaadplegenSoapHandlers.Erkenner),
            new XElement(Ns + "begindatum", Datum(begin)),
            new XElement(Ns + "bevoegdGezagPeriode",
                new XElement(Ns + "begindatum", Datum(begin)),
                new XElement(Ns + "naamLang", bestuur.Naam),
                wet is null ? null : new XElement(Ns + "wet", wet),
                new XElement(Ns + "bekostigingscode", InstellingsstructuurWaarden.Bekostigingscode),
                new XElement(Ns + "soort", InstellingsstructuurWaarden.BesturendeOrganisatiesoort(bestuur))),
            instellingen.Select(Instelling));
        return Task.FromResult(Bedrijfsdocument.Antwoord(verzoek, RaadplegenXmlWriter.RequestGoedgekeurd(true), bevoegdGezag));
    }

    private static XElement Instelling(ErkendeInstelling instelling) =>
        new(Ns + "erkendeOnderwijsinstelling",
            new XElement(Ns + "code", instelling.Brin),
            new XElement(Ns + "erkenner", instelling.Erkenner ?? RaadplegenSoapHandlers.Erkenner),
            new XElement(Ns + "begindatum", Datum(instelling.Begindatum)),
            instelling.Einddatum is { } eind ? new XElement(Ns + "einddatum", Datum(eind)) : null,
            new XElement(Ns + "instellingsrelatieBegindatum", Datum(instelling.Begindatum)),
            instelling.Einddatum is { } relatieEind ? new XElement(Ns + "instellingsrelatieEinddatum", Datum(relatieEind)) : null,
            new XElement(Ns + "erkendeOnderwijsinstellingPeriode",
                new XElement(Ns + "begindatum", Datum(instelling.Begindatum)),
                instelling.Einddatum is { } periodeEind ? new XElement(Ns + "einddatum", Datum(periodeEind)) : null,
                new XElement(Ns + "naamLang", instelling.Naam),
                new XElement(Ns + "wet", InstellingsstructuurWaarden.Wet(instelling.Sector)),
                new XElement(Ns + "bekostigingscode", InstellingsstructuurWaarden.Bekostigingscode),
                new XElement(Ns + "soort", InstellingsstructuurWaarden.Instellingssoort(instelling.Sector))));

    private static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
