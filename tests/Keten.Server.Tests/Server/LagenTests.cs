using System.Reflection;
using Keten.Application.Rio.Handlers;

namespace Keten.Server.Tests.Server;

/// <summary>The handlers are the application: the CLI and the server both call them, and neither they nor the CLI need a web host.</summary>
public class LagenTests
{
    [Fact]
    public void Application_references_no_web_host()
    {
        Assert.DoesNotContain(Verwezen(typeof(RioVerwerking).Assembly), naam => naam.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Cli_references_neither_the_web_host_nor_the_server()
    {
        var verwezen = Verwezen(typeof(Keten.Cli.KetenCli).Assembly);

        Assert.DoesNotContain(verwezen, naam => naam.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain("Keten.Server", verwezen);
        Assert.Contains("Keten.Application", verwezen);
        Assert.Contains("Keten.Contract", verwezen);
    }

    /// <summary>DUO's contracts and the XSD check every door makes (ADR 0026) are in a library the CLI can reference.</summary>
    [Fact]
    public void Contract_library_references_neither_the_web_host_nor_the_server()
    {
        var verwezen = Verwezen(typeof(Keten.Contract.Rio.XsdControle).Assembly);

        Assert.DoesNotContain(verwezen, naam => naam.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain("Keten.Server", verwezen);
    }

    private static List<string> Verwezen(Assembly assembly) => [.. assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")];
}
