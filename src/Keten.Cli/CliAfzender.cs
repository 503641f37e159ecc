using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;

namespace Keten.Cli;

/// <summary>A DUO operator delivering on a board's behalf from the command line: door CLI, actor the operating system's user.</summary>
internal static class CliAfzender
{
    public static Afzender Van(ReferentiedataBron referentie, string oin) =>
        referentie.Afzender(oin) with { Deur = Deur.Cli, Handelende = new Handelende(HandelendeSoort.Operator, Environment.UserName) };
}
