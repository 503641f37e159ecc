using Keten.Storage.Audit;

namespace Keten.Application.Rio.Handlers;

/// <summary>Who made a change, as the audit trail stores it (ADR 0021): door and actor kind in lower case, the actor's key as is.</summary>
public static class Auditbronnen
{
    public static Auditbron Van(string? onderwijsbestuurcode, Deur deur, Handelende handelende)
    {
        ArgumentNullException.ThrowIfNull(handelende);
        return new(onderwijsbestuurcode, deur.ToString().ToLowerInvariant(), handelende.Soort.ToString().ToLowerInvariant(), handelende.Kenmerk);
    }

    /// <summary>A message's sender: its board, door and actor.</summary>
    public static Auditbron Van(Afzender afzender)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        return Van(afzender.Onderwijsbestuurcode, afzender.Deur, afzender.Handelende);
    }

    /// <summary>A logged-in medewerker of a board, by their id.</summary>
    public static Auditbron Medewerker(string onderwijsbestuurcode, string medewerkerId, Deur deur) =>
        Van(onderwijsbestuurcode, deur, new Handelende(HandelendeSoort.Medewerker, medewerkerId));

    /// <summary>A DUO operator on the command line, by the operating system's user name.</summary>
    public static Auditbron Operator() => Van(null, Deur.Cli, new Handelende(HandelendeSoort.Operator, Environment.UserName));

    /// <summary>Keten itself (start, demo seeding, generators); <paramref name="deel"/> names the part.</summary>
    public static Auditbron Systeem(string deel) => Van(null, Deur.Intern, new Handelende(HandelendeSoort.Systeem, deel));
}
