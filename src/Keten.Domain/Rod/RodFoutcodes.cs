using System.Globalization;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rod;

/// <summary>
/// Why ROD refuses an enrolment mutation (prefix ROD). DUO's own BRON/ROD codes are not public (domain.md open question
/// 3), so these are Keten's, stable once published and described in docs/rod-codes.md. Each names the field it is
/// about; none carries a BSN or onderwijsnummer (personal data): the person is named by the kind of number only.
/// </summary>
public static class RodFoutcodes
{
    public static Foutmelding ROD001() => Foutmelding.Van("ROD001", "Vul precies één van burgerservicenummer en onderwijsnummer", ("veld", "burgerservicenummer"));

    public static Foutmelding ROD002(string veld) => Foutmelding.Van("ROD002", $"Het {veld} moet 9 cijfers bevatten en voldoen aan de 11-proef", ("veld", veld));

    public static Foutmelding ROD003(string veld, string waarde) => Foutmelding.Van("ROD003", $"{veld} moet 1 tot 20 letters of cijfers zijn", (veld, waarde));

    public static Foutmelding ROD004(string brin) => Foutmelding.Van("ROD004", "De instelling (BRIN) is geen erkende instelling van het onderwijsbestuur van de afzender", ("brin", brin));

    public static Foutmelding ROD005(string brin, string sector) => Foutmelding.Van("ROD005", $"De instelling is geen {sector}-instelling", ("brin", brin), ("sector", sector));

    public static Foutmelding ROD006() => Foutmelding.Van("ROD006", "Het onderwijsnummer komt niet voor in het personenregister; vraag het aan met een identificatieverzoek", ("veld", "onderwijsnummer"));

    public static Foutmelding ROD007() => Foutmelding.Van("ROD007",
        "De locatiecode VSV is 12 letters of cijfers (het vestigingsnummer uit het NHR)", ("veld", "locatiecodeVsv"));

    public static Foutmelding ROD010(DateOnly uitschrijving, DateOnly inschrijving) => Foutmelding.Van("ROD010", "De datum uitschrijving ligt voor de datum inschrijving",
        ("datumUitschrijving", D(uitschrijving)), ("datumInschrijving", D(inschrijving)));

    public static Foutmelding ROD011() => Foutmelding.Van("ROD011", "Een inschrijving heeft ten minste één inschrijvingsperiode", ("veld", "inschrijvingsperiode"));

    public static Foutmelding ROD012(DateOnly begin, DateOnly inschrijving) => Foutmelding.Van("ROD012", "De eerste inschrijvingsperiode begint niet op de datum inschrijving",
        ("datumBegin", D(begin)), ("datumInschrijving", D(inschrijving)));

    public static Foutmelding ROD013(DateOnly begin) => Foutmelding.Van("ROD013", "Twee inschrijvingsperioden hebben dezelfde datum begin", ("datumBegin", D(begin)));

    public static Foutmelding ROD014(DateOnly begin) => Foutmelding.Van("ROD014", "De inschrijvingsperiode begint na de datum uitschrijving", ("datumBegin", D(begin)));

    public static Foutmelding ROD015(string volgnummer, string opleidingcode) => Foutmelding.Van("ROD015",
        "De student heeft bij deze instelling al een inschrijving voor deze opleiding die deze periode overlapt", ("inschrijvingvolgnummer", volgnummer), ("opleidingcode", opleidingcode));

    /// <summary>The other school is not named: which school a pupil attends is not the new school's to read from ROD.</summary>
    public static Foutmelding ROD016(DateOnly datum) => Foutmelding.Van("ROD016",
        "De leerling staat op deze datum al ingeschreven bij een andere VO-school; de data van de twee inschrijvingen moeten op elkaar aansluiten", ("datum", D(datum)));

    public static Foutmelding ROD017(DateOnly gepland, DateOnly inschrijving) => Foutmelding.Van("ROD017", "De geplande datum uitschrijving ligt voor de datum inschrijving",
        ("datumUitschrijvingGepland", D(gepland)), ("datumInschrijving", D(inschrijving)));

    public static Foutmelding ROD018(string veld, DateOnly datum) => Foutmelding.Van("ROD018",
        $"Een datum ligt in de jaren {Regels.Datumbereik.Eerste.Year} tot en met {Regels.Datumbereik.Laatste.Year}", ("veld", veld), ("datum", D(datum)));

    public static Foutmelding ROD020(string leertraject, DateOnly datum) => Foutmelding.Van("ROD020", "Het leertraject bestaat niet of is niet geldig op de datum begin van de periode",
        ("leertraject", leertraject), ("datumBegin", D(datum)));

    public static Foutmelding ROD021(string veld, string? niveau) => Foutmelding.Van("ROD021", "Het niveau ontbreekt, bestaat niet of hoort niet bij de opleiding", (veld, niveau));

    public static Foutmelding ROD022(string opleidingcode, DateOnly datum) => Foutmelding.Van("ROD022", "De opleiding is niet erkend of niet geldig op de datum begin van de periode",
        ("opleidingcode", opleidingcode), ("datumBegin", D(datum)));

    public static Foutmelding ROD023(string veld, string waarde) => Foutmelding.Van("ROD023", $"De waarde van {veld} komt niet voor in de waardelijst", (veld, waarde));

    public static Foutmelding ROD024(int leerjaar) => Foutmelding.Van("ROD024", "Het leerjaar moet 1 tot en met 6 zijn", ("leerjaar", leerjaar.ToString(CultureInfo.InvariantCulture)));

    public static Foutmelding ROD025(string veld, string waarde) => Foutmelding.Van("ROD025", "De onderwijsaanbieder komt niet voor in RIO of hoort niet bij het onderwijsbestuur van de afzender", (veld, waarde));

    public static Foutmelding ROD026(string locatie) => Foutmelding.Van("ROD026", "De onderwijslocatie komt niet voor in RIO", ("onderwijslocatiecode", locatie));

    public static Foutmelding ROD027(Guid code) => Foutmelding.Van("ROD027", "De aangeboden opleiding komt niet voor in RIO, hoort niet bij deze onderwijsaanbieder of niet bij deze opleidingcode",
        ("aangebodenOpleidingCode", code.ToString("D")));

    public static Foutmelding ROD028(string veld) => Foutmelding.Van("ROD028", $"{veld} is verplicht", ("veld", veld));

    public static Foutmelding ROD029(string veld) => Foutmelding.Van("ROD029", $"{veld} hoort niet bij een inschrijving in deze sector", ("veld", veld));

    public static Foutmelding ROD030(string aanwezig, string ontbrekend) => Foutmelding.Van("ROD030", $"{aanwezig} en {ontbrekend} worden samen geleverd of geen van beide",
        ("veld", ontbrekend));

    public static Foutmelding ROD031(DateOnly begin) => Foutmelding.Van("ROD031", "Een leerroute vmbo-mbo kan pas vanaf 1 augustus 2020", ("datumBegin", D(begin)));

    public static Foutmelding ROD032(int leerjaar) => Foutmelding.Van("ROD032", "Opleidingskenmerk en fase van een leerroute vmbo-mbo horen pas vanaf leerjaar 3",
        ("leerjaar", leerjaar.ToString(CultureInfo.InvariantCulture)));

    public static Foutmelding ROD033(string opleidingcode) => Foutmelding.Van("ROD033", "Een leerroute vmbo-mbo is niet mogelijk bij een entree-opleiding (MBO-1)", ("opleidingcode", opleidingcode));

    public static Foutmelding ROD034(string? niveau) => Foutmelding.Van("ROD034", "Een geïntegreerde leerroute (GLR) leidt alleen naar een MBO-2 opleiding", ("niveau", niveau));

    public static Foutmelding ROD035(string leerroute, string aanbieder, string? partner, DateOnly datum) => Foutmelding.Van("ROD035",
        partner is null
            ? "RIO heeft deze leerroute op de datum begin niet gevestigd voor deze onderwijsaanbieder met een partner"
            : "RIO heeft deze leerroute op de datum begin niet gevestigd tussen deze onderwijsaanbieder en de samenwerkende onderwijsaanbieder",
        ("leerroute", leerroute), ("onderwijsaanbiedercode", aanbieder), ("samenwerkendeAanbieder", partner), ("datumBegin", D(datum)));

    public static Foutmelding ROD036() => Foutmelding.Van("ROD036", "Een samenwerkende onderwijsaanbieder (samenwerkendeOnderwijsaanbiedercode) hoort alleen bij een leerroute",
        ("veld", "samenwerkendeOnderwijsaanbiedercode"));

    public static Foutmelding ROD040(string volgnummer) => Foutmelding.Van("ROD040", "Deze inschrijving bestaat al; gebruik aanpassen", ("inschrijvingvolgnummer", volgnummer));

    public static Foutmelding ROD041(string volgnummer) => Foutmelding.Van("ROD041", "Deze inschrijving komt niet voor", ("inschrijvingvolgnummer", volgnummer));

    public static Foutmelding ROD042(string volgnummer) => Foutmelding.Van("ROD042", "Deze inschrijving hoort bij een instelling van een ander onderwijsbestuur", ("inschrijvingvolgnummer", volgnummer));

    /// <summary>Opvragen: an id of another board's instelling is answered as one that does not exist.</summary>
    public static Foutmelding ROD043(string inschrijvingId) => Foutmelding.Van("ROD043",
        "Er is geen inschrijving met dit inschrijvingId bij een instelling van het onderwijsbestuur van de afzender", ("inschrijvingId", inschrijvingId));

    /// <summary>Who reports: only a board with an enrolment of the person may ask (the person is not named).</summary>
    public static Foutmelding ROD044() => Foutmelding.Van("ROD044",
        "Er is geen inschrijving van deze persoon bij een instelling van het onderwijsbestuur van de afzender", ("veld", "persoon"));

    public static Foutmelding ROD050(DateOnly behaald, DateOnly? uitschrijving) => Foutmelding.Van("ROD050", "De datum van het diploma moet gelijk zijn aan de werkelijke datum uitschrijving",
        ("datumResultaat", D(behaald)), ("datumUitschrijving", uitschrijving is { } u ? D(u) : null));

    public static Foutmelding ROD051(string volgnummer) => Foutmelding.Van("ROD051", "Een volgnummer komt binnen de inschrijving maar één keer voor", ("volgnummer", volgnummer));

    public static Foutmelding ROD052(string opleidingcode) => Foutmelding.Van("ROD052", "Het diploma hoort bij een opleiding die niet in de inschrijvingsperioden voorkomt", ("opleidingcode", opleidingcode));

    public static Foutmelding ROD060(string volgnummer) => Foutmelding.Van("ROD060", "Het LeerbedrijfID is 9 cijfers van 100000000 tot en met 999999999 (toegekend door SBB)", ("bpvVolgnummer", volgnummer));

    public static Foutmelding ROD061(string volgnummer) => Foutmelding.Van("ROD061", "De einddatum van de BPV ligt voor de datum begin", ("bpvVolgnummer", volgnummer));

    public static Foutmelding ROD062(string volgnummer) => Foutmelding.Van("ROD062", "De omvang van de BPV is 0 tot en met 9999 uur", ("bpvVolgnummer", volgnummer));

    /// <summary>Domain.md rule 11: a funding field's value on a teldatum whose mutation stop has begun, without an accountantsverklaring.</summary>
    public static Foutmelding ROD080(string veld, DateOnly teldatum) => Foutmelding.Van("ROD080",
        "Na de mutatiestop (1 juni na de teldata) verandert dit bekostigingsgegeven op de teldatum alleen met een accountantsverklaring",
        ("veld", veld), ("teldatum", D(teldatum)));

    public static Foutmelding ROD070() => Foutmelding.Van("ROD070", "De achternaam is verplicht en bevat ten minste één letter (ten hoogste 200 tekens)", ("veld", "achternaam"));

    public static Foutmelding ROD071() => Foutmelding.Van("ROD071", "De geboortedatum is ccyy-mm-dd (dag, of dag en maand, 00 als onbekend) en ligt niet in de toekomst", ("veld", "geboortedatum"));

    public static Foutmelding ROD072(string? geslacht) => Foutmelding.Van("ROD072", "Het geslacht is M, V of O", ("geslacht", geslacht));

    public static Foutmelding ROD073() => Foutmelding.Van("ROD073", "De postcode is vier cijfers en twee letters", ("veld", "postcode"));

    public static Foutmelding ROD074() => Foutmelding.Van("ROD074", "De persoon is niet eenduidig te identificeren: meerdere personen passen; vul voornamen en postcode aan", ("veld", "voornamen"));

    public static Foutmelding ROD075() => Foutmelding.Van("ROD075", "Het personenregister kan geen onderwijsnummer meer toekennen", ("veld", "onderwijsnummer"));

    public static string D(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
