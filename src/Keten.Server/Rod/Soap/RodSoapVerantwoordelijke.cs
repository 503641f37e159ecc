using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Server.Soap;

namespace Keten.Server.Rod.Soap;

/// <summary>
/// opvragen_verantwoordelijke of DUO_ROD_Inschrijvingen_V1: who reports verzuim and VSV for a person on a day, the query
/// REST's POST /api/rod/verantwoordelijke uses. Only for a board with an enrolment of the person (others get ROD044, a
/// sender that is no board AUT401); read-only, so nothing is recorded under the bedrijfsdocument id.
/// </summary>
public static class RodSoapVerantwoordelijke
{
    public static IServiceCollection AddRodSoapVerantwoordelijke(this IServiceCollection services) =>
        services.AddSoapOperatie(RodSoapServices.Inschrijvingen, "opvragen_verantwoordelijke", sp => (verzoek, ct) =>
            OpvragenAsync(sp.GetRequiredService<VerantwoordelijkheidQuery>(), sp.GetRequiredService<ReferentiedataBron>(), verzoek, ct));

    private static async Task<XElement> OpvragenAsync(VerantwoordelijkheidQuery query, ReferentiedataBron referentie, SoapVerzoek verzoek, CancellationToken ct)
    {
        if (verzoek.Afzender(referentie).Onderwijsbestuurcode is not { } bestuur)
        {
            return Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.Afgekeurd([Foutcodes.AUT401("oin", verzoek.VerzenderOin)]));
        }

        var gelezen = RodXmlReader.Verantwoordelijkheidsvraag(verzoek.Body);
        if (gelezen.Waarde is not { } vraag)
        {
            return Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.Afgekeurd(gelezen.Fouten));
        }

        var (antwoord, fouten) = await query.VraagAsync(bestuur, vraag, ct);
        return antwoord is not null
            ? Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.RequestGoedgekeurd(true), RodXmlWriter.Verantwoordelijkheid(antwoord))
            : Bedrijfsdocument.Antwoord(verzoek, RodXmlWriter.Afgekeurd(fouten.Count > 0 ? fouten : [RodFoutcodes.ROD044()]));
    }
}
