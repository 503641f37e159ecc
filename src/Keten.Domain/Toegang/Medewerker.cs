namespace Keten.Domain.Toegang;

/// <summary>How a medewerker logs in today, and so whether the move off the DUO token is done (issue 7 point 5).</summary>
public enum Inlogmiddel
{
    /// <summary>Neither yet: a beheerder appointed by DUO who has not used the koppelcode.</summary>
    Geen,

    /// <summary>Still the DUO token (username + TOTP code): not moved.</summary>
    Token,

    /// <summary>eHerkenning, after proving the token once: moved.</summary>
    Verhuisd,

    /// <summary>eHerkenning and never had a token.</summary>
    EHerkenning,
}

/// <summary>A member of a board's staff with DUO Zakelijk access, and what the board's beheerder authorised.</summary>
public sealed record Medewerker(
    string Id,
    string Onderwijsbestuurcode,
    string Naam,
    IReadOnlyList<Autorisatie> Autorisaties,
    Inlogmiddel Inlogmiddel,
    DateTimeOffset? VerhuisdOp = null);
