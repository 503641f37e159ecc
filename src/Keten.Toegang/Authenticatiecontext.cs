namespace Keten.Toegang;

/// <summary>The organisation the person acts for: identifier type (the NameQualifier, e.g. KvKnr) and value.</summary>
public sealed record LegalSubject(string Type, string Waarde);

/// <summary>Who logged in, per domain.md rule 33: the legal subject with its type and the acting subject.</summary>
public sealed record IdentiteitsSleutel(LegalSubject LegalSubject, string ActingSubjectId);

/// <summary>
/// What an eHerkenning login establishes, whichever door it came through (SAML or OIDC): the represented
/// organisation, the acting person's pseudonym, an optional branch restriction, the mandated service, the level
/// of assurance actually used, the authenticating authority and the herkenningsmakelaar that issued it.
/// </summary>
public sealed record Authenticatiecontext(
    LegalSubject LegalSubject,
    string ActingSubjectId,
    string? Vestigingsnr,
    string ServiceId,
    string ServiceUuid,
    Betrouwbaarheidsniveau Niveau,
    string? AuthenticatingAuthority,
    string Herkenningsmakelaar)
{
    public IdentiteitsSleutel Sleutel => new(LegalSubject, ActingSubjectId);
}
