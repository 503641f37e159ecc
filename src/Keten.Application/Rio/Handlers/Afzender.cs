using Keten.Domain.Toegang;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// Who sent a message: the onderwijsbestuur behind the OIN, through which door, and who acted for it.
/// Bestuurcode is null for an unknown OIN.
/// </summary>
/// <param name="DuoBeheer">
/// True only for DUO's own operators (CLI, demo seeding): they may register an object under a code RIO
/// has not issued yet, as DUO does when it takes over codes from BRIN. Never true for a door schools use.
/// </param>
public sealed record Afzender(string Oin, string? Onderwijsbestuurcode, bool DuoBeheer = false)
{
    /// <summary>The door the message came through.</summary>
    public Deur Deur { get; init; } = Deur.Intern;

    /// <summary>Who acted: the certificate, employee or operator behind the message (never a BSN).</summary>
    public Handelende Handelende { get; init; } = new(HandelendeSoort.Systeem, "keten");

    /// <summary>
    /// A medewerker's authorisations when one acts; null when the sender acts for the whole board (an organisation
    /// certificate, a DUO operator, Keten itself).
    /// </summary>
    public IReadOnlyList<Autorisatie>? Autorisaties { get; init; }

    /// <summary>Whether the sender may use the function for that aanbieder (null: for the board as a whole).</summary>
    public bool Mag(Functie functie, string? onderwijsaanbiedercode) =>
        Autorisaties is null || Autorisatiebeslissing.Mag(Autorisaties, functie, onderwijsaanbiedercode);
}

/// <summary>The doors a message reaches Keten through.</summary>
public enum Deur
{
    Soap,
    Rest,
    Batch,
    Cli,
    Portaal,

    /// <summary>Keten itself: demo seeding, generators, recomputation.</summary>
    Intern,
}

/// <summary>The kinds of actor behind a message.</summary>
public enum HandelendeSoort
{
    /// <summary>Software presenting an organisation certificate; Kenmerk is the certificate's OIN.</summary>
    Certificaat,

    /// <summary>A logged-in employee; Kenmerk is the medewerker's id.</summary>
    Medewerker,

    /// <summary>A DUO operator on the CLI; Kenmerk is the operating system's user name.</summary>
    Operator,

    /// <summary>Development mode without certificate checks; Kenmerk is the OIN the caller named itself.</summary>
    Ontwikkel,

    /// <summary>Keten itself; Kenmerk names the part.</summary>
    Systeem,
}

/// <summary>The actor behind a message: what kind, and its key (an OIN, a medewerker id, a user name).</summary>
public sealed record Handelende(HandelendeSoort Soort, string Kenmerk)
{
    public override string ToString() => $"{Soort.ToString().ToLowerInvariant()} {Kenmerk}";
}
