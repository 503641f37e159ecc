using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Contract.Soap;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Server.Soap;

namespace Keten.Server.Rod.Soap;

/// <summary>
/// The operations of DUO_ROD_Inschrijvingen_V1 that write (Keten's contract, docs/rod-soap.md) and opvragen_inschrijving:
/// each maps the XML to the domain record, calls the handler every door uses with the sender behind wsa:From's OIN and
/// the request's identificatiecodeBedrijfsdocument, and renders the whole answer. The searches are in
/// <see cref="RodSoapRaadplegen"/>.
/// </summary>
public static class RodSoapInschrijvingen
{
    public static IServiceCollection AddRodSoap(this IServiceCollection services)
    {
        Muteer(services, "toevoegen_inschrijving", RodXmlReader.Inschrijving, Inschrijvingmutatie.Toevoegen);
        Muteer(services, "aanpassen_inschrijving", RodXmlReader.Inschrijving, Inschrijvingmutatie.Aanpassen);
        Muteer(services, "uitschrijven_inschrijving", RodXmlReader.Uitschrijving, Inschrijvingmutatie.Uitschrijven);
        Muteer(services, "verwijderen_inschrijving", RodXmlReader.Sleutel, Inschrijvingmutatie.Verwijderen);
        Verwerk<Persoonsgegevens, IdentificatieHandler, Identificatieantwoord>(services, "identificatieverzoek", RodXmlReader.Persoonsgegevens,
            (h, g, a, id, ct) => h.IdentificerenAsync(g, a, id, ct), RodXmlWriter.Identificatieantwoord, f => Identificatieantwoord.Afgekeurd([.. f]));
        services.AddSoapOperatie(RodSoapServices.Inschrijvingen, "opvragen_inschrijving", sp => (verzoek, ct) =>
            OpvragenAsync(sp.GetRequiredService<InschrijvingHandler>(), sp.GetRequiredService<ReferentiedataBron>(), verzoek, ct));
        return services.AddRodSoapRaadplegen().AddRodSoapVerantwoordelijke();
    }

    /// <summary>A mutation with its optional accountantsverklaring (the mutation stop).</summary>
    private static void Muteer<T>(
        IServiceCollection services,
        string operatie,
        Func<XElement, Gelezen<T>> lees,
        Func<T, bool, Inschrijvingmutatie> mutatie)
        where T : class =>
        Verwerk<Inschrijvingmutatie, InschrijvingHandler, InschrijvingTerugkoppeling>(services, operatie,
            body => Mutatie(body, lees(body), mutatie), (h, m, a, id, ct) => h.VerwerkAsync(m, a, id, ct),
            RodXmlWriter.Terugkoppeling, f => InschrijvingTerugkoppeling.Afgekeurd([.. f]));

    private static Gelezen<Inschrijvingmutatie> Mutatie<T>(XElement body, Gelezen<T> gelezen, Func<T, bool, Inschrijvingmutatie> mutatie)
        where T : class =>
        gelezen.Waarde is { } waarde ? new(mutatie(waarde, RodXmlReader.Accountantsverklaring(body)), []) : new(null, gelezen.Fouten);

    /// <summary>An operation on a handler that records its answer under the bedrijfsdocument id.</summary>
    private static void Verwerk<T, THandler, TAntwoord>(
        IServiceCollection services,
        string operatie,
        Func<XElement, Gelezen<T>> lees,
        Func<THandler, T, Afzender, string, CancellationToken, Task<TAntwoord>> verwerk,
        Func<TAntwoord, object[]> schrijf,
        Func<IReadOnlyList<Foutmelding>, TAntwoord> afgekeurd)
        where T : class
        where THandler : notnull =>
        services.AddSoapOperatie(RodSoapServices.Inschrijvingen, operatie, sp => async (verzoek, ct) =>
        {
            var gelezen = lees(verzoek.Body);
            if (gelezen.Waarde is not { } waarde)
            {
                // Like RIO's unreadable requests: refused before the handler, so nothing is recorded.
                return Bedrijfsdocument.Antwoord(verzoek, schrijf(afgekeurd(gelezen.Fouten)));
            }

            var afzender = verzoek.Afzender(sp.GetRequiredService<ReferentiedataBron>());
            try
            {
                var antwoord = await verwerk(sp.GetRequiredService<THandler>(), waarde, afzender, verzoek.IdentificatiecodeBedrijfsdocument, ct);
                return Bedrijfsdocument.Antwoord(verzoek, schrijf(antwoord));
            }
            catch (BedrijfsdocumentAlGebruiktException)
            {
                throw new SoapFaultException(SoapFaults.BedrijfsdocumentAlGebruikt());
            }
        });

    /// <summary>Only the sender's own board's enrolment; any other id gets ROD043, as one that does not exist.</summary>
    private static async Task<XElement> OpvragenAsync(InschrijvingHandler handler, ReferentiedataBron referentie, SoapVerzoek verzoek, CancellationToken ct)
    {
        var id = verzoek.Body.Element(RodSoapServices.InschrijvingenNamespace + "inschrijvingId")!.Value.Trim();
        return await handler.OpvragenAsync(id, RodXmlReader.Moment(verzoek.Body, "bekendOp"), verzoek.Afzender(referentie), ct) is { } gevonden
            ? Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.RequestGoedgekeurd(true), RodXmlWriter.InschrijvingId(gevonden.InschrijvingId),
                RodXmlWriter.Inschrijving(gevonden.Inschrijving))
            : Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.Afgekeurd([RodFoutcodes.ROD043(id)]));
    }
}
