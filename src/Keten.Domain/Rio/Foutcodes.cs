using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rio;

/// <summary>
/// DUO's functional error codes of RIO Beheren V4 (Overzicht foutcodes), with DUO's own texts. Keten's own codes
/// (prefix KTN), for rules DUO has no code for, are the other half of this class: Foutcodes.Keten.cs.
/// docs/foutcodes.md lists them all.
/// </summary>
public static partial class Foutcodes
{
    public static Foutmelding A01030(string brin) => Foutmelding.Van("A01030", "De Erkende Instelling komt niet voor in RIO", ("instellingserkenningscode", brin));
    public static Foutmelding A01031(string brin) => Foutmelding.Van("A01031", "De Erkende Instellingscode komt in RIO niet voor als OCW-erkende instelling", ("instellingserkenningscode", brin));
    public static Foutmelding A01040(string vestiging) => Foutmelding.Van("A01040", "De Erkende Vestiging komt niet voor in RIO", ("instellingserkenningscode", vestiging));
    public static Foutmelding A01060(string locatie) => Foutmelding.Van("A01060", "De onderwijslocatie komt niet voor in RIO", ("onderwijslocatiecode", locatie));
    public static Foutmelding A01070(string code) => Foutmelding.Van("A01070", "De opleidingseenheid komt niet voor in RIO", ("opleidingseenheidcode", code));
    public static Foutmelding A01080(OpleidingserkenningSleutel s) => Foutmelding.Van("A01080", "De opleidingserkenning komt niet voor in RIO", ("opleidingsstelsel", s.Opleidingsstelsel), ("opleidingscode", s.Opleidingscode));
    public static Foutmelding A01081(OpleidingserkenningSleutel s, string bestuur) => Foutmelding.Van("A01081", "De opleidingserkenning komt in RIO niet voor bij het onderwijsbestuur", ("opleidingscode", s.Opleidingscode), ("onderwijsbestuurcode", bestuur));
    public static Foutmelding A01090(VoVakerkenningSleutel s) => Foutmelding.Van("A01090", "De VO vakerkenning komt niet voor in RIO", ("opleidingsstelsel", s.Opleidingsstelsel), ("opleidingscode", s.Opleidingscode), ("opleidingsniveau", s.Opleidingsniveau));
    public static Foutmelding A01110(string bestuur) => Foutmelding.Van("A01110", "Het onderwijsbestuur komt niet voor in RIO", ("onderwijsbestuurcode", bestuur));
    public static Foutmelding A01130(string bestuur, string locatie) => Foutmelding.Van("A01130", "Er komt in RIO geen onderwijslocatiegebruik voor bij het opgegeven onderwijsbestuur en onderwijslocatie", ("onderwijsbestuurcode", bestuur), ("onderwijslocatiecode", locatie));
    public static Foutmelding A02011(string code) => Foutmelding.Van("A02011", "Het is niet toegestaan een opleidingseenheid te muteren wanneer deze formeel erkend is", ("opleidingseenheidcode", code));
    public static Foutmelding AUT401(string sleutelnaam, string sleutelwaarde) => Foutmelding.Van("AUT401", "Er is geen autorisatie voor deze bewerking", (sleutelnaam, sleutelwaarde));

    public static Foutmelding K01010(string naam) => Foutmelding.Van("K01010", $"'{naam}' komt niet vaak genoeg voor als kenmerk", ("kenmerknaam", naam));
    public static Foutmelding K01020(string naam) => Foutmelding.Van("K01020", $"'{naam}' komt te vaak voor als kenmerk", ("kenmerknaam", naam));
    public static Foutmelding K01030(string naam) => Foutmelding.Van("K01030", $"'{naam}' mag niet voorkomen", ("kenmerknaam", naam));
    public static Foutmelding K01040(string naam, string waarde) => Foutmelding.Van("K01040", $"De waarde '{waarde}' mag maximaal 1x voorkomen in '{naam}'", ("kenmerknaam", naam), ("kenmerkwaarde", waarde));
    public static Foutmelding K01050(string naam, string waarde) => Foutmelding.Van("K01050", $"De waarde '{waarde}' van '{naam}' moet een bestaande waarde zijn", ("kenmerknaam", naam), ("kenmerkwaarde", waarde));
    public static Foutmelding K01051(string naam, string waarde) => Foutmelding.Van("K01051", $"De waarde '{waarde}' van '{naam}' moet in de tijd geldig zijn", ("kenmerknaam", naam), ("kenmerkwaarde", waarde));
    public static Foutmelding K01060(string naam, string waarde) => Foutmelding.Van("K01060", $"Het gebruikte type voor '{waarde}' hoort niet bij '{naam}'", ("kenmerknaam", naam), ("kenmerkwaarde", waarde));

    public static Foutmelding J06010(string brin) => Foutmelding.Van("J06010", "De einddatum van de juridische relatie moet na de begindatum liggen.", ("instellingserkenningscode", brin));
    public static Foutmelding J06020(string brin, DateOnly begin) => Foutmelding.Van("J06020", "Er bestaat al een juridische relatie voor de opgegeven organisatorische eenheid en instelling.", ("instellingserkenningscode", brin), ("begindatum", Datum(begin)));
    public static Foutmelding J06410(string brin, DateOnly begin) => Foutmelding.Van("J06410", "Er moet een geldige organisatorische eenheid en instelling aanwezig zijn bij de juridische relatie.", ("instellingserkenningscode", brin), ("begindatum", Datum(begin)));
    public static Foutmelding N01010(string locatie) => Foutmelding.Van("N01010", "De einddatum van een onderwijslocatiegebruik moet na de begindatum liggen.", ("onderwijslocatiecode", locatie));
    public static Foutmelding N01020(string bestuur, string locatie) => Foutmelding.Van("N01020", "Het onderwijsbestuur heeft de opgegeven onderwijslocatie reeds in gebruik.", ("onderwijsbestuurcode", bestuur), ("onderwijslocatiecode", locatie));

    /// <param name="veld">The gebruik's date outside the board's life: inBedrijfdatum or uitBedrijfdatum (null when open).</param>
    public static Foutmelding N01410(string bestuur, string veld, DateOnly? datum) => Foutmelding.Van("N01410", "Het onderwijslocatiegebruik moet binnen de levensduur van het onderwijsbestuur vallen.", ("onderwijsbestuurcode", bestuur), (veld, datum is { } d ? Datum(d) : null));
    public static Foutmelding N03010(string toevoeging) => Foutmelding.Van("N03010", "De maximaal toegestane lengte van een huisnummertoevoeging is 6 karakters.", ("huisnummertoevoeging", toevoeging));
    public static Foutmelding N04010(string aanbieder) => Foutmelding.Van("N04010", "De datum waarop de organisatorische eenheid uit-bedrijf is gesteld moet na de in-bedrijf datum liggen.", ("onderwijsaanbiedercode", aanbieder));
    public static Foutmelding N04430(string aanbieder, Guid opleiding) => Foutmelding.Van("N04430", "De periode vanaf de eerste-instroomdatum tot het einde van een aangeboden opleiding valt niet (volledig) binnen de onderwijsaanbieder-periode.", ("onderwijsaanbiedercode", aanbieder), ("aangebodenOpleidingCode", Kort(opleiding)));
    public static Foutmelding N04810(string aanbieder) => Foutmelding.Van("N04810", "Er bestaan nog verwijzingen naar de te verwijderen organisatorische eenheid; deze dienen eerst verwijderd te worden.", ("onderwijsaanbiedercode", aanbieder));
    public static Foutmelding N04820(string aanbieder) => Foutmelding.Van("N04820", "Onderwijsaanbiedercode mag niet voorkomen in Bron deelnames of Bron resultaten", ("onderwijsaanbiedercode", aanbieder));
    public static Foutmelding N05030(string aanbieder, DateOnly begin) => Foutmelding.Van("N05030", "De periode moet binnen de levensduur van een organisatorische eenheid vallen.", ("onderwijsaanbiedercode", aanbieder), ("begindatum", Datum(begin)));
    public static Foutmelding N05050(string aanbieder, DateOnly begin) => Foutmelding.Van("N05050", "De periodes moeten aaneengesloten worden aangeleverd.", ("onderwijsaanbiedercode", aanbieder), ("begindatum", Datum(begin)));
    public static Foutmelding N05060(string aanbieder) => Foutmelding.Van("N05060", "Er moet gedurende de gehele levensduur van een organisatorische eenheid een periode geldig zijn.", ("onderwijsaanbiedercode", aanbieder));
    public static Foutmelding N09010(Guid code) => Foutmelding.Van("N09010", "De einddatum van een aangeboden opleiding moet na de begindatum liggen.", ("aangebodenOpleidingCode", Kort(code)));
    public static Foutmelding N09030(string leertraject) => Foutmelding.Van("N09030", "Het leertraject moet een bestaand leertraject zijn.", ("leertrajectMBO", leertraject));
    public static Foutmelding N09050(string eenheid) => Foutmelding.Van("N09050", "De opleidingsduurEenheid moet een bestaande opleidingsduurEenheid zijn.", ("opleidingsduurEenheid", eenheid));
    public static Foutmelding N09060(string niveau) => Foutmelding.Van("N09060", "Het MBO-niveau moet een bestaand niveau zijn.", ("mboNiveau", niveau));
    public static Foutmelding N09070(string waarde) => Foutmelding.Van("N09070", "De waarde voor toelatingseis moet een bestaande waarde zijn.", ("toelatingseisen", waarde));
    public static Foutmelding N09080(string waarde) => Foutmelding.Van("N09080", "De waarde voor toegankelijkheid moet een bestaande waarde zijn.", ("toegankelijkheid", waarde));
    public static Foutmelding N09090(Guid code) => Foutmelding.Van("N09090", "De eerste-instroomdatum mag niet na het einde van de aangeboden opleiding liggen.", ("aangebodenOpleidingCode", Kort(code)));
    public static Foutmelding N09410(Guid code, string opleidingseenheid) => Foutmelding.Van("N09410", "De periode van de aangeboden opleiding valt niet (volledig) binnen de opleidingseenheid-periode.", ("aangebodenOpleidingCode", Kort(code)), ("opleidingseenheidcode", opleidingseenheid));
    public static Foutmelding N09430(string aanbieder) => Foutmelding.Van("N09430", "Er moet een geldige onderwijsaanbieder aanwezig zijn bij de aangeboden opleiding.", ("onderwijsaanbiedercode", aanbieder));
    public static Foutmelding N09440(string aanbieder) => Foutmelding.Van("N09440", "Het opgevoerde onderwijsaanbieder-id is niet bekend bij een onderwijsaanbieder.", ("onderwijsaanbiedercode", aanbieder));
    public static Foutmelding N09450(Guid code) => Foutmelding.Van("N09450", "Het is niet toegestaan de opleiding of onderwijsaanbieder te wijzigen.", ("aangebodenOpleidingCode", Kort(code)));
    public static Foutmelding N10020(DateOnly begin) => Foutmelding.Van("N10020", "De periode moet binnen de levensduur van een aangeboden opleiding vallen.", ("begindatum", Datum(begin)));
    public static Foutmelding N10030(DateOnly begin) => Foutmelding.Van("N10030", "De specialisatie van de aangeboden opleiding periode is niet correct.", ("begindatum", Datum(begin)));
    public static Foutmelding N10040(DateOnly begin) => Foutmelding.Van("N10040", "De periodes moeten aaneengesloten worden aangeleverd.", ("begindatum", Datum(begin)));
    public static Foutmelding N10050(Guid code) => Foutmelding.Van("N10050", "Er moet gedurende de gehele levensduur van een aangeboden opleiding een periode geldig zijn.", ("aangebodenOpleidingCode", Kort(code)));
    public static Foutmelding N10060(string aanbieder, DateOnly periode) => Foutmelding.Van("N10060", "Een onderwijsaanbieder mag niet meer dan één keer als samenwerkende onderwijsaanbieder worden vastgelegd bij een aangeboden opleiding", ("samenwerkendeOnderwijsaanbiedercode", aanbieder), ("begindatum", Datum(periode)));
    public static Foutmelding N10410(string aanbieder) => Foutmelding.Van("N10410", "De opgevoerde samenwerkende onderwijsaanbiedercode is niet bekend bij een onderwijsaanbieder.", ("samenwerkendeOnderwijsaanbiedercode", aanbieder));
    public static Foutmelding N11020(string cohort) => Foutmelding.Van("N11020", "De einddatum van een aanmeldperiode moet na de begindatum liggen.", ("cohortcode", cohort));
    public static Foutmelding N11030(string cohort) => Foutmelding.Van("N11030", "De einddatum van een instroomperiode moet na de begindatum liggen.", ("cohortcode", cohort));
    public static Foutmelding N11040(string cohort) => Foutmelding.Van("N11040", "De cohort einddatum moet groter zijn dan het instroommoment en groter dan de begin instroomperiode", ("cohortcode", cohort));
    public static Foutmelding N11410(string cohort) => Foutmelding.Van("N11410", "De aanmeldperiode mag niet doorlopen na het einde van de aangeboden opleiding.", ("cohortcode", cohort));
    public static Foutmelding N11420(string cohort) => Foutmelding.Van("N11420", "De cohortcode moet uniek zijn bij de aangeboden opleiding.", ("cohortcode", cohort));
    public static Foutmelding N11430(string cohort) => Foutmelding.Van("N11430", "De instroomperiode mag niet doorlopen na het einde van de aangeboden opleiding.", ("cohortcode", cohort));
    public static Foutmelding N11440(string cohort, string status) => Foutmelding.Van("N11440", "De cohortstatus moet een bestaande cohortstatus zijn.", ("cohortcode", cohort), ("cohortstatus", status));
    public static Foutmelding N11450(string cohort, string waarde) => Foutmelding.Van("N11450", "De waarde voor toestemmingVereistVoorAanmelding moet een bestaande waarde zijn.", ("cohortcode", cohort), ("toestemmingVereistVoorAanmelding", waarde));
    public static Foutmelding N11460(string cohort) => Foutmelding.Van("N11460", "Het instroommoment mag niet na het einde van de aangeboden opleiding liggen.", ("cohortcode", cohort));
    public static Foutmelding P01010(string code) => Foutmelding.Van("P01010", "De einddatum van een opleidingseenheid moet na de begindatum liggen.", ("opleidingseenheidcode", code));
    public static Foutmelding P01040(string niveau) => Foutmelding.Van("P01040", "Het niveau moet een bestaand niveau zijn.", ("niveau", niveau));
    public static Foutmelding P01060(string soort) => Foutmelding.Van("P01060", "Het waardedocumentsoort moet van een bestaand soort zijn.", ("waardedocumentsoort", soort));
    public static Foutmelding P01410(string code, Guid opleiding) => Foutmelding.Van("P01410", "De periode vanaf de eerste-instroomdatum tot het einde van een aangeboden opleiding valt niet (volledig) binnen de opleidingseenheid-periode.", ("opleidingseenheidcode", code), ("aangebodenOpleidingCode", Kort(opleiding)));
    public static Foutmelding P01430(string code, string andere, DateOnly begin) => Foutmelding.Van("P01430", "De periode van een opleidingsrelatie valt niet (volledig) binnen de opleidingseenheid-periode.", ("opleidingseenheidcode", code), ("opleidingseenheidcode", andere), ("begindatum", Datum(begin)));
    public static Foutmelding P01810(string code) => Foutmelding.Van("P01810", "Er bestaan nog verwijzingen naar de te verwijderen opleidingseenheid; deze dienen eerst verwijderd te worden.", ("opleidingseenheidcode", code));
    public static Foutmelding P02020(DateOnly begin) => Foutmelding.Van("P02020", "De periode moet binnen de levensduur van een opleidingseenheid vallen.", ("begindatum", Datum(begin)));
    public static Foutmelding P02030(DateOnly begin) => Foutmelding.Van("P02030", "De specialisatie van de opleidingseenheid periode is niet correct.", ("begindatum", Datum(begin)));
    public static Foutmelding P02040(string eenheid, DateOnly begin) => Foutmelding.Van("P02040", "De studielasteenheid moet een bestaande eenheid zijn.", ("studielasteenheid", eenheid), ("begindatum", Datum(begin)));
    public static Foutmelding P02070(DateOnly begin) => Foutmelding.Van("P02070", "De periodes moeten aaneengesloten worden aangeleverd.", ("begindatum", Datum(begin)));
    public static Foutmelding P02080(string code) => Foutmelding.Van("P02080", "Er moet gedurende de gehele levensduur van een opleidingseenheid een periode geldig zijn.", ("opleidingseenheidcode", code));
    public static Foutmelding P04010(string code) => Foutmelding.Van("P04010", "De einddatum van de periode moet na de begindatum liggen.", ("opleidingseenheidcode", code));
    public static Foutmelding P04030(string code) => Foutmelding.Van("P04030", "Er mag uitsluitend een relatie tussen twee verschillende opleidingseenheden worden aangemaakt.", ("opleidingseenheidcode", code));
    public static Foutmelding P04050(string code1, string code2, DateOnly begin) => Foutmelding.Van("P04050", "Er bestaat al een opleidingsrelatie voor de opgegeven opleidingseenheden.", ("opleidingseenheidcode", code1), ("opleidingseenheidcode", code2), ("begindatum", Datum(begin)));

    public static Foutmelding P04410(string code) => Foutmelding.Van("P04410", "Er moet een geldige opleidingseenheid aanwezig zijn bij de opleidingsrelatie.", ("opleidingseenheidcode", code));

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Kort(Guid code) => code.ToString("N")[..25];
}
