using System.Globalization;
using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Domain.Gemeenschappelijk;
using Keten.Application.Rio.Queries;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;

namespace Keten.Server.Rio.Soap.Raadplegen;

/// <summary>Reads the fields of an (XSD-valid) opvragen_*_request and builds the shared parts of the answers.</summary>
internal static class RaadplegenVerzoekLezer
{
    private static readonly XNamespace Ns = RioSoapServices.RaadplegenNamespace;

    public static string? Tekst(SoapVerzoek verzoek, string naam) => verzoek.Body.Element(Ns + naam)?.Value.Trim();

    public static string Verplicht(SoapVerzoek verzoek, string naam) =>
        Tekst(verzoek, naam) ?? throw new InvalidOperationException($"<{naam}> missing from an XSD-valid {verzoek.Operatie}_request.");

    /// <summary>pagina: 0-based page number; absent counts as 0.</summary>
    public static int Pagina(SoapVerzoek verzoek) =>
        Tekst(verzoek, "pagina") is { } p ? Math.Max(0, XmlValues.LeesGeheel(p)) : 0;

    public static DateOnly? Peildatum(SoapVerzoek verzoek) =>
        Tekst(verzoek, "peildatum") is { } p ? XmlValues.LeesDatum(p) : null;

    /// <summary>peildatumtijdMutaties (xsd:dateTime), read by <see cref="XmlValues.LeesDatumTijd"/>.</summary>
    public static DateTimeOffset PeildatumtijdMutaties(SoapVerzoek verzoek) =>
        XmlValues.LeesDatumTijd(Verplicht(verzoek, "peildatumtijdMutaties"));

    public static Paginering Paginering(int pagina, int aantalResultaten) =>
        Keten.Contract.Rio.Xml.Paginering.Van(pagina, aantalResultaten, RioQueries.Paginagrootte);

    public static XElement Peildatum(DateOnly peildatum) =>
        new(Ns + "peildatum", peildatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>An answer with requestGoedgekeurd=false and the foutmeldingen (the usual order: requestGoedgekeurd first).</summary>
    public static XElement Afgekeurd(SoapVerzoek verzoek, params Foutmelding[] foutmeldingen) =>
        Bedrijfsdocument.Antwoord(verzoek, RaadplegenXmlWriter.RequestGoedgekeurd(false), foutmeldingen.Select(RaadplegenXmlWriter.Foutmelding));
}
