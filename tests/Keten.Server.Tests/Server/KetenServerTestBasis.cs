using Keten.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Keten.Server.Tests.Server;

/// <summary>A real Keten server with the demo content on a fresh database, and a client to talk to it.</summary>
public abstract class KetenServerTestBasis(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    private KetenTestServer? server;
    private HttpClient? client;

    protected KetenTestServer Server => server!;

    protected HttpClient Client => client!;

    /// <summary>Operator settings the server starts with (none by default).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Instellingen => null;

    /// <summary>Test services the server starts with (none by default).</summary>
    protected virtual Action<IServiceCollection>? Diensten => null;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        server = new KetenTestServer(ConnectionString, demo: true, instellingen: Instellingen, diensten: Diensten);
        client = server.CreateClient();
    }

    public override async Task DisposeAsync()
    {
        client?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
