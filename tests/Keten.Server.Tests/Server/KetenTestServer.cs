using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Keten.Server.Tests.Server;

/// <summary>
/// The real Keten server on a given database (a fresh SQLite file or PostgreSQL database from
/// KetenConnectionStrings), with the built-in demo reference data and, when asked, the demo RIO content.
/// Time comes from a FakeTimeProvider the test can move. <c>instellingen</c> are further operator settings (e.g. Keten:WriteAttempts);
/// <c>diensten</c> adds test services (e.g. the test login of the Toegang tests).
/// </summary>
public sealed class KetenTestServer(
    string connectionString, bool demo = false, string? referentiedata = null, IReadOnlyDictionary<string, string>? instellingen = null,
    Action<IServiceCollection>? diensten = null)
    : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 9, 2, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Keten", connectionString);
        builder.UseSetting("Keten:Demo", demo ? "true" : "false");
        if (referentiedata is not null)
        {
            builder.UseSetting("Keten:ReferenceData", referentiedata);
        }

        foreach (var (sleutel, waarde) in instellingen ?? new Dictionary<string, string>())
        {
            builder.UseSetting(sleutel, waarde);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            diensten?.Invoke(services);
        });
    }
}
