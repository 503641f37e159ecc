using Keten.Application.Demo;
using Keten.Toegang;
using Keten.Toegang.Saml;

namespace Keten.Ontwikkelmakelaar;

/// <summary>
/// What the broker answers when a reference medewerker picks their own board at EH3 for the OIDC clients' service
/// (index 1), so the demo can link exactly that identity. The pseudonym depends on the DV's entity ID: the configured
/// <c>Dienstverlener:EntityId</c> (a DV read from <c>MetadataUrl</c> must have the same one for the links to match).
/// </summary>
internal sealed class DemoInlogs(Makelaar makelaar) : IDemoEHerkenning
{
    public Authenticatiecontext? Inlog(string onderwijsbestuurcode, string naam)
    {
        var medewerker = makelaar.Identiteiten.Medewerkers().FirstOrDefault(m => m.Onderwijsbestuurcode == onderwijsbestuurcode && m.Naam == naam);
        var bestuur = makelaar.Identiteiten.Besturen().FirstOrDefault(b => b.Code == onderwijsbestuurcode);
        if (medewerker is null || bestuur is null)
        {
            return null;
        }

        var dienstverlener = new Dienstverlener(makelaar.Opties.Dienstverlener.EntityId, [], [], null);
        var verklaring = Makelaarverklaring.Van(new Inlogkeuze(medewerker, bestuur, null, Betrouwbaarheidsniveau.Loa3), 1, makelaar, dienstverlener);
        return new Authenticatiecontext(new LegalSubject(SamlNamen.EntityConcernedKvKnr, verklaring.KvkNummer), verklaring.ActingSubjectId, null,
            verklaring.ServiceId, verklaring.ServiceUuid, verklaring.Niveau, makelaar.Opties.AuthenticatingAuthority, makelaar.Opties.EntityId);
    }
}
