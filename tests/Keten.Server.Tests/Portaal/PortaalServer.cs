using System.Net;
using System.Net.Sockets;
using Keten.Server.Tests.Server;
using Keten.Server.Tests.Toegang;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// Keten as `dotnet run` starts it (Development, the demo content, the development broker on, the token key of the
/// launch profile's kind), listening on a real port of localhost so that a real browser can use it: the OIDC door
/// points at the broker on that same address by itself (OntwikkelLogin). The clock is the real one unless a test moves it.
/// </summary>
public sealed class PortaalServer : IAsyncDisposable
{
    private readonly KetenTestServer server;

    private PortaalServer(KetenTestServer server, Uri adres)
    {
        this.server = server;
        Adres = adres;
    }

    public Uri Adres { get; }

    public KetenTestServer Server => server;

    public static PortaalServer Start(string connectionString)
    {
        var poort = VrijePoort();
        var adres = new Uri($"http://localhost:{poort}");
        var server = new KetenTestServer(connectionString, demo: true, instellingen: new Dictionary<string, string>
        {
            ["Keten:Ontwikkelmakelaar:Aan"] = "true",
            ["Keten:Ontwikkelmakelaar:BasisUrl"] = adres.AbsoluteUri.TrimEnd('/'),
            ["Keten:Toegang:TokenSleutel"] = ToegangTestBasis.TestSleutel,
        });
        server.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        server.UseKestrel(poort);
        server.StartServer();
        return new PortaalServer(server, adres);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private static int VrijePoort()
    {
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        return ((IPEndPoint)luisteraar.LocalEndpoint).Port;
    }
}
