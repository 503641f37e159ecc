namespace Keten.Toegang.Saml;

/// <summary>Why a SAML message is refused; each check of the core has its own code.</summary>
public enum SamlWeigering
{
    BerichtOnleesbaar,
    DubbelId,
    HandtekeningOntbreekt,
    HandtekeningOngeldig,
    AlgoritmeNietToegestaan,
    TransformatieNietToegestaan,
    OntsleutelenMislukt,
    AantalAssertionsOngeldig,
    ExtensionsNietToegestaan,
    OnbekendeUitgever,
    VerkeerdeBestemming,
    OnbekendVerzoek,
    VerkeerdPubliek,
    NogNietGeldig,
    Verlopen,
    OnderwerpbevestigingOngeldig,
    BerichtAlGebruikt,
    InloggenGeannuleerd,
    InloggenMislukt,
    AttribuutOntbreekt,
    BetrouwbaarheidsniveauOnbekend,
    ArtifactOngeldig,
    ArtifactResolutieMislukt,
}

public static class SamlWeigeringTekst
{
    public static string Tekst(this SamlWeigering weigering) => weigering switch
    {
        SamlWeigering.BerichtOnleesbaar => "Bericht onleesbaar",
        SamlWeigering.DubbelId => "ID komt meer dan eens voor in het bericht",
        SamlWeigering.HandtekeningOntbreekt => "Handtekening ontbreekt",
        SamlWeigering.HandtekeningOngeldig => "Handtekening ongeldig",
        SamlWeigering.AlgoritmeNietToegestaan => "Algoritme niet toegestaan",
        SamlWeigering.TransformatieNietToegestaan => "Transformatie niet toegestaan",
        SamlWeigering.OntsleutelenMislukt => "Ontsleutelen mislukt",
        SamlWeigering.AantalAssertionsOngeldig => "Niet precies één assertion in het antwoord",
        SamlWeigering.ExtensionsNietToegestaan => "Extensions niet toegestaan in het antwoord",
        SamlWeigering.OnbekendeUitgever => "Onbekende uitgever",
        SamlWeigering.VerkeerdeBestemming => "Verkeerde bestemming",
        SamlWeigering.OnbekendVerzoek => "Antwoord op een onbekend verzoek",
        SamlWeigering.VerkeerdPubliek => "Bericht niet bestemd voor deze dienstverlener",
        SamlWeigering.NogNietGeldig => "Bericht nog niet geldig",
        SamlWeigering.Verlopen => "Bericht verlopen",
        SamlWeigering.OnderwerpbevestigingOngeldig => "Onderwerpbevestiging ongeldig",
        SamlWeigering.BerichtAlGebruikt => "Bericht al eerder gebruikt",
        SamlWeigering.InloggenGeannuleerd => "Inloggen geannuleerd",
        SamlWeigering.InloggenMislukt => "Inloggen mislukt bij de herkenningsmakelaar",
        SamlWeigering.AttribuutOntbreekt => "Verplicht attribuut ontbreekt",
        SamlWeigering.BetrouwbaarheidsniveauOnbekend => "Onbekend betrouwbaarheidsniveau",
        SamlWeigering.ArtifactOngeldig => "Artifact ongeldig",
        SamlWeigering.ArtifactResolutieMislukt => "Artifact kon niet worden opgehaald bij de herkenningsmakelaar",
        _ => weigering.ToString(),
    };
}

/// <summary>
/// A refused SAML message: the code, its Dutch text and the field it is about. The field names the place in the
/// message (e.g. <c>Response/@Destination</c>), never a person's identifier.
/// </summary>
public sealed class SamlWeigeringException(SamlWeigering weigering, string veld)
    : WeigeringException<SamlWeigering>(weigering, weigering.Tekst(), veld);
