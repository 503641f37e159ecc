using Keten.Application.Rio;
using Keten.Domain.Toegang;
using Keten.Storage;
using Keten.Toegang;
using Keten.Toegang.Saml;

namespace Keten.Application.Toegang;

/// <summary>
/// Turns a login into the medewerker it is: an eHerkenning login at EH3 or higher (rule 32) whose identity is linked to
/// a medewerker of the board it represents, or a token login while tokens are open and the token is not revoked.
/// A board is the legal subject whose KvK number the reference data gives the board (kvkNummer); other identifier
/// types (RSIN) match no board.
/// </summary>
public sealed class HuidigeMedewerkerBepaling(IKetenStore store, ReferentiedataBron referentie, ToegangOpties opties, TimeProvider tijd)
{
    public async Task<Toegangsuitkomst<Medewerker>> BepaalAsync(Aanmelding? aanmelding, CancellationToken ct)
    {
        if (aanmelding?.EHerkenning is { } context)
        {
            if (NiveauTeLaag(context) is { } te)
            {
                return te;
            }

            var medewerker = await store.Medewerkers.MedewerkerMetIdentiteitAsync(context.Sleutel.Tekst(), ct);
            return medewerker is null ? ToegangFoutcodes.TGA001()
                : !VertegenwoordigtBestuur(context, medewerker.Onderwijsbestuurcode) ? ToegangFoutcodes.TGA013()
                : medewerker;
        }

        if (aanmelding?.TokenMedewerkerId is { } id)
        {
            if (opties.TokenGesloten(tijd.GetUtcNow()))
            {
                return ToegangFoutcodes.TGA012(opties.TokenEinddatum);
            }

            var medewerker = await store.Medewerkers.MedewerkerAsync(id, ct);
            return medewerker is { Inlogmiddel: Inlogmiddel.Token } ? medewerker : ToegangFoutcodes.TGA001();
        }

        return ToegangFoutcodes.TGA001();
    }

    /// <summary>The logged-in medewerker when they are a beheerder (<see cref="Functie.Beheer"/> for all the board's aanbieders), else TGA001/TGA002.</summary>
    public async Task<Toegangsuitkomst<Medewerker>> BeheerderAsync(Aanmelding? aanmelding, CancellationToken ct)
    {
        var huidig = await BepaalAsync(aanmelding, ct);
        return huidig.Waarde is { } m && !Autorisatiebeslissing.MagMedewerker(m, Functie.Beheer, null)
            ? ToegangFoutcodes.TGA002(m.Onderwijsbestuurcode)
            : huidig;
    }

    /// <summary>Whether the login acts for this board: its legal subject is the board's KvK number.</summary>
    public bool VertegenwoordigtBestuur(Authenticatiecontext context, string onderwijsbestuurcode)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.LegalSubject.Type == SamlNamen.EntityConcernedKvKnr
            && referentie.Huidig.Bestuur(onderwijsbestuurcode)?.KvkNummer is { } kvk
            && kvk == context.LegalSubject.Waarde;
    }

    /// <summary>TGA018 below EH3 (loa3), else null.</summary>
    public static Domain.Gemeenschappelijk.Foutmelding? NiveauTeLaag(Authenticatiecontext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Niveau < Betrouwbaarheidsniveau.Loa3 ? ToegangFoutcodes.TGA018(context.Niveau.Urn()) : null;
    }
}
