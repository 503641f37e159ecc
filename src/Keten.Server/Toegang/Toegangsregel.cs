using Keten.Domain.Toegang;

namespace Keten.Server.Toegang;

/// <summary>Who may call an endpoint (docs/toegang.md, "Authorisation on every door").</summary>
public enum ToegangsregelSoort
{
    /// <summary>Anyone: the data is public (as DUO's RIO Raadplegen) or the endpoint is a login.</summary>
    Openbaar,

    /// <summary>
    /// A board's organisation certificate (mutual TLS), or a logged-in medewerker holding one of the functions; the
    /// caller becomes the handlers' <see cref="Keten.Application.Rio.Handlers.Afzender"/>, and the handlers keep every
    /// object to its own board.
    /// </summary>
    Aanroeper,

    /// <summary>A logged-in person only: the endpoint judges the session itself (the accounts under /api/toegang).</summary>
    Sessie,
}

/// <summary>Every endpoint of the JSON API carries exactly one; the server does not start with one missing.</summary>
public sealed record Toegangsregel(ToegangsregelSoort Soort, IReadOnlyList<Functie> Functies, string Toelichting);
