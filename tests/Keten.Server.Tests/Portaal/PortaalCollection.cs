namespace Keten.Server.Tests.Portaal;

/// <summary>
/// The browser tests run alone, after the parallel collections: each starts Keten on a real port and a Chromium, and
/// starting several WebApplicationFactory hosts at the same moment as other test classes lets a factory pick up another
/// one's host (the hosting diagnostic listener is process-wide), which showed as a refused connection.
/// </summary>
[CollectionDefinition(Naam, DisableParallelization = true)]
public sealed class PortaalCollection
{
    public const string Naam = "Portaal in de browser";
}
