using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Server.Soap;

namespace Keten.Server.Rod.Soap;

/// <summary>
/// The two list operations of DUO_ROD_Inschrijvingen_V1, read-only and answered like RIO's Raadplegen lists:
/// zoeken_inschrijvingen (the queries REST's POST /api/rod/inschrijvingen/zoeken uses) and
/// opvragen_gewijzigdeKetensignalen (the feed of GET /api/rod/ketensignalen/gewijzigd). Both answer only about the
/// instellingen of the board behind wsa:From; a sender that is no board gets AUT401.
/// </summary>
public static class RodSoapRaadplegen
{
    public static IServiceCollection AddRodSoapRaadplegen(this IServiceCollection services)
    {
        services.AddSoapOperatie(RodSoapServices.Inschrijvingen, "zoeken_inschrijvingen", sp => (verzoek, ct) =>
            ZoekenAsync(sp.GetRequiredService<InschrijvingQueries>(), sp.GetRequiredService<ReferentiedataBron>(), verzoek, ct));
        services.AddSoapOperatie(RodSoapServices.Inschrijvingen, "opvragen_gewijzigdeKetensignalen", sp => (verzoek, ct) =>
            KetensignalenAsync(sp.GetRequiredService<KetensignaalQueries>(), sp.GetRequiredService<ReferentiedataBron>(), verzoek, ct));
        return services;
    }

    private static async Task<XElement> ZoekenAsync(InschrijvingQueries queries, ReferentiedataBron referentie, SoapVerzoek verzoek, CancellationToken ct)
    {
        if (Onderwijsbestuurcode(referentie, verzoek) is not { } bestuur)
        {
            return GeenAutorisatie(verzoek);
        }

        var gelezen = RodXmlReader.Zoekopdracht(verzoek.Body);
        if (gelezen.Waarde is not { } opdracht)
        {
            return Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.Afgekeurd(gelezen.Fouten));
        }

        var resultaat = await queries.ZoekenAsync(bestuur, opdracht, ct);
        return resultaat.Inschrijvingen is { } pagina
            ? Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.RequestGoedgekeurd(true), pagina.Items.Select(RodXmlWriter.GevondenInschrijving),
                RodXmlWriter.Paginering(Paginering.Van(opdracht.Pagina, pagina.AantalResultaten, InschrijvingQueries.Paginagrootte)))
            : Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.Afgekeurd(resultaat.Foutmeldingen));
    }

    /// <summary>Without sinds from the beginning, as REST's feed.</summary>
    private static async Task<XElement> KetensignalenAsync(KetensignaalQueries queries, ReferentiedataBron referentie, SoapVerzoek verzoek, CancellationToken ct)
    {
        if (Onderwijsbestuurcode(referentie, verzoek) is not { } bestuur)
        {
            return GeenAutorisatie(verzoek);
        }

        var sinds = RodXmlReader.Moment(verzoek.Body, "sinds") ?? DateTimeOffset.UnixEpoch;
        var pagina = RodXmlReader.Pagina(verzoek.Body);
        var gewijzigd = await queries.GewijzigdAsync(bestuur, sinds, pagina, ct);
        return Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.RequestGoedgekeurd(true), gewijzigd.Items.Select(RodXmlWriter.GewijzigdKetensignaal),
            RodXmlWriter.Paginering(Paginering.Van(pagina, gewijzigd.AantalResultaten, KetensignaalQueries.Paginagrootte)));
    }

    private static string? Onderwijsbestuurcode(ReferentiedataBron referentie, SoapVerzoek verzoek) =>
        verzoek.Afzender(referentie).Onderwijsbestuurcode;

    private static XElement GeenAutorisatie(SoapVerzoek verzoek) =>
        Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.Afgekeurd([Foutcodes.AUT401("oin", verzoek.VerzenderOin)]));
}
