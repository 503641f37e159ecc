using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Keten.Server.Rio.Xml;
using Keten.Server.Soap;

namespace Keten.Server.Rod.Soap;

/// <summary>
/// The five operations of DUO_ROD_Inschrijvingen_V1 (Keten's contract, docs/rod-soap.md): each maps the XML to the
/// domain record, calls the handler every door uses with the sender behind wsa:From's OIN and the request's
/// identificatiecodeBedrijfsdocument, and renders the whole terugkoppeling.
/// </summary>
public static class RodSoapInschrijvingen
{
    public static IServiceCollection AddRodSoap(this IServiceCollection services)
    {
        Muteer(services, "toevoegen_inschrijving", RodXmlReader.Inschrijving, (h, i, a, id, ct) => h.ToevoegenAsync(i, a, id, ct));
        Muteer(services, "aanpassen_inschrijving", RodXmlReader.Inschrijving, (h, i, a, id, ct) => h.AanpassenAsync(i, a, id, ct));
        Muteer(services, "uitschrijven_inschrijving", RodXmlReader.Uitschrijving, (h, u, a, id, ct) => h.UitschrijvenAsync(u, a, id, ct));
        Muteer(services, "verwijderen_inschrijving", RodXmlReader.Sleutel, (h, s, a, id, ct) => h.VerwijderenAsync(s, a, id, ct));
        services.AddSoapOperatie(RodSoapServices.Inschrijvingen, "opvragen_inschrijving", sp => (verzoek, ct) =>
            OpvragenAsync(sp.GetRequiredService<InschrijvingHandler>(), sp.GetRequiredService<ReferentiedataBron>(), verzoek, ct));
        return services;
    }

    private static void Muteer<T>(
        IServiceCollection services,
        string operatie,
        Func<XElement, Gelezen<T>> lees,
        Func<InschrijvingHandler, T, Afzender, string, CancellationToken, Task<InschrijvingTerugkoppeling>> muteer)
        where T : class =>
        services.AddSoapOperatie(RodSoapServices.Inschrijvingen, operatie, sp => async (verzoek, ct) =>
        {
            var gelezen = lees(verzoek.Body);
            if (gelezen.Waarde is not { } waarde)
            {
                // Like RIO's unreadable requests: refused before the handler, so nothing is recorded.
                return Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.Terugkoppeling(InschrijvingTerugkoppeling.Afgekeurd([.. gelezen.Fouten])));
            }

            var afzender = sp.GetRequiredService<ReferentiedataBron>().Afzender(verzoek.VerzenderOin);
            try
            {
                var antwoord = await muteer(sp.GetRequiredService<InschrijvingHandler>(), waarde, afzender, verzoek.IdentificatiecodeBedrijfsdocument, ct);
                return Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.Terugkoppeling(antwoord));
            }
            catch (BedrijfsdocumentAlGebruiktException)
            {
                throw new SoapFaultException(SoapFaults.BedrijfsdocumentAlGebruikt());
            }
        });

    /// <summary>Only the sender's own board's enrolment; any other id gets ROD043, as one that does not exist.</summary>
    private static async Task<XElement> OpvragenAsync(InschrijvingHandler handler, ReferentiedataBron referentie, SoapVerzoek verzoek, CancellationToken ct)
    {
        var ns = RodSoapServices.InschrijvingenNamespace;
        var id = verzoek.Body.Element(ns + "inschrijvingId")!.Value.Trim();
        var bekendOp = verzoek.Body.Element(ns + "bekendOp") is { } moment ? XmlValues.LeesDatumTijd(moment.Value) : (DateTimeOffset?)null;
        return await handler.OpvragenAsync(id, bekendOp, referentie.Afzender(verzoek.VerzenderOin), ct) is { } gevonden
            ? Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.RequestGoedgekeurd(true), RodXmlWriter.InschrijvingId(gevonden.InschrijvingId),
                RodXmlWriter.Inschrijving(gevonden.Inschrijving))
            : Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.RequestGoedgekeurd(false), RodXmlWriter.Foutmelding(RodFoutcodes.ROD043(id)));
    }
}
