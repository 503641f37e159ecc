using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Toegang;

/// <summary>
/// Keten's codes (prefix TGA) for refused account, authorisation and DUO-token actions; docs/toegang.md lists them.
/// No text ever holds a secret, a TOTP code or an eHerkenning pseudonym.
/// </summary>
public static class ToegangFoutcodes
{
    public static Foutmelding TGA001() => Foutmelding.Van("TGA001", "Niet ingelogd als medewerker van een onderwijsbestuur", ("aanmelding", null));

    public static Foutmelding TGA002(string bestuur) => Foutmelding.Van("TGA002", "Alleen een beheerder van het eigen onderwijsbestuur mag dit", ("onderwijsbestuurcode", bestuur));

    public static Foutmelding TGA003(string medewerkerId) => Foutmelding.Van("TGA003", "De medewerker bestaat niet bij dit onderwijsbestuur", ("medewerkerId", medewerkerId));

    public static Foutmelding TGA004(string aanbieder) => Foutmelding.Van("TGA004", "De onderwijsaanbieder hoort niet bij het eigen onderwijsbestuur", ("onderwijsaanbiedercode", aanbieder));

    public static Foutmelding TGA005(string bestuur) => Foutmelding.Van("TGA005", "De laatste beheer-autorisatie van het onderwijsbestuur kan niet worden ingetrokken", ("onderwijsbestuurcode", bestuur));

    public static Foutmelding TGA010() => Foutmelding.Van("TGA010", "Gebruikersnaam of code onjuist", ("gebruikersnaam", null));

    public static Foutmelding TGA011() => Foutmelding.Van("TGA011", "Deze code is al gebruikt; wacht op de volgende code", ("code", null));

    public static Foutmelding TGA012(DateTimeOffset? einddatum) => Foutmelding.Van("TGA012", "Inloggen met het DUO-token is niet meer mogelijk; log in met eHerkenning",
        ("tokenEinddatum", einddatum?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    public static Foutmelding TGA013() => Foutmelding.Van("TGA013", "Het eHerkenning-middel hoort niet bij het onderwijsbestuur van deze medewerker", ("LegalSubjectID", null));

    public static Foutmelding TGA014() => Foutmelding.Van("TGA014", "Deze eHerkenning-identiteit is al gekoppeld aan een medewerker", ("ActingSubjectID", null));

    public static Foutmelding TGA015() => Foutmelding.Van("TGA015", "Koppelcode onjuist, verlopen of al gebruikt", ("koppelcode", null));

    public static Foutmelding TGA016(string bestuur) => Foutmelding.Van("TGA016", "Het onderwijsbestuur komt niet voor in de referentiedata", ("onderwijsbestuurcode", bestuur));

    public static Foutmelding TGA017(string veld) => Foutmelding.Van("TGA017", "Verplicht veld ontbreekt", (veld, null));

    public static Foutmelding TGA018(string niveau) => Foutmelding.Van("TGA018", "DUO Zakelijk vraagt eHerkenning niveau EH3 (loa3) of hoger", ("niveau", niveau));

    public static Foutmelding TGA022(string naam) => Foutmelding.Van("TGA022", "Er is al een medewerker met deze naam; wijzig diens autorisaties", ("naam", naam));

    public static Foutmelding TGA020() => Foutmelding.Van("TGA020", "Geen aanroeper: bied een PKIoverheid-clientcertificaat aan (mutual TLS) of log in als medewerker", ("aanroeper", null));

    public static Foutmelding TGA021(string functie) => Foutmelding.Van("TGA021", "De medewerker heeft geen autorisatie voor deze functie", ("functie", functie));

    public static Foutmelding EK0030(string reden) => Foutmelding.Van("EK0030", "OIN in TLS certificaat ontbreekt of is ongeldig: " + reden, ("clientcertificaat", null));
}
