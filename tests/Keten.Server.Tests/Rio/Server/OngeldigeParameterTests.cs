using System.Net;
using System.Text.Json;
using Keten.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Server;

/// <summary>
/// A query or route value an endpoint cannot bind, or a required one that is missing, is 400 ProblemDetails KTN400
/// naming the parameter, in Development and Production alike, and nothing is logged as a server error.
/// </summary>
public abstract class OngeldigeParameterTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string Aanbieders = "/api/rio/onderwijsbesturen/100B001/onderwijsaanbieders";
    private const string GewijzigdeOpleidingen = "/api/rio/onderwijsaanbieders/110A001/aangeboden-opleidingen/gewijzigd";

    private readonly LogVerzamelaar log = new();

    protected override Action<IServiceCollection>? Diensten => s => s.AddSingleton<ILoggerProvider>(log);

    [Theory]
    [InlineData("abc")]
    [InlineData("2024-13-01")]
    [InlineData("")]
    public async Task A_peildatum_that_is_no_date_is_a_400_naming_peildatum(string peildatum)
    {
        var (status, antwoord) = await VraagAsync(HttpMethod.Get, $"{Aanbieders}?peildatum={peildatum}");

        AssertKtn400(status, antwoord, "peildatum");
        Assert.Contains("jjjj-mm-dd", antwoord.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_peildatum_is_still_answered()
    {
        var (status, _) = await VraagAsync(HttpMethod.Get, $"{Aanbieders}?peildatum=2024-09-01");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("?sinds=abc")]
    [InlineData("?sinds=")]
    [InlineData("")]
    [InlineData("?pagina=0")]
    public async Task A_change_feed_with_a_malformed_or_missing_sinds_is_a_400_naming_sinds(string query)
    {
        var (status, antwoord) = await VraagAsync(HttpMethod.Get, GewijzigdeOpleidingen + query);

        AssertKtn400(status, antwoord, "sinds");
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00%2B14:00")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    public async Task A_sinds_outside_the_moments_there_are_in_utc_is_a_400_naming_sinds_and_its_range(string sinds)
    {
        var (status, antwoord) = await VraagAsync(HttpMethod.Get, $"{GewijzigdeOpleidingen}?sinds={sinds}");

        AssertKtn400(status, antwoord, "sinds");
        Assert.Contains("0001-01-01T00:00:00Z tot en met 9999-12-31T23:59:59Z", antwoord.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_moment_in_utc_as_sinds_gives_the_whole_feed()
    {
        var (status, antwoord) = await VraagAsync(HttpMethod.Get, $"{GewijzigdeOpleidingen}?sinds=0001-01-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(0, antwoord.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_route_begindatum_that_is_no_date_is_a_400_naming_begindatum()
    {
        var (status, antwoord) = await VraagAsync(HttpMethod.Delete, "/api/rio/opleidingsrelaties/a/b/notadate");

        AssertKtn400(status, antwoord, "begindatum");
    }

    [Theory]
    [InlineData("?eigenSleutel=x")]
    [InlineData("?soort=xyz&eigenSleutel=x")]
    [InlineData("?soort=&eigenSleutel=x")]
    [InlineData("?soort=7&eigenSleutel=x")]
    public async Task A_rio_identificatiecode_without_a_known_soort_is_a_400_naming_soort(string query)
    {
        var (status, antwoord) = await VraagAsync(HttpMethod.Get, "/api/rio/rio-identificatiecode" + query);

        AssertKtn400(status, antwoord, "soort");
    }

    [Fact]
    public async Task A_bekostiging_voor_that_is_no_number_is_a_400_naming_voor()
    {
        var (status, antwoord) = await VraagAsync(HttpMethod.Get, "/api/bekostiging/verschil?voor=abc&na=1");

        AssertKtn400(status, antwoord, "voor");
    }

    [Fact]
    public async Task In_production_a_peildatum_that_is_no_date_is_the_same_400_naming_peildatum()
    {
        await using var productie = Server.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Keten:Soap:Beveiliging:Modus", "Uit"));
        using var client = productie.CreateClient();

        using var response = await client.GetAsync($"{Aanbieders}?peildatum=abc");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        AssertKtn400(response.StatusCode, json.RootElement, "peildatum");
    }

    private void AssertKtn400(HttpStatusCode status, JsonElement antwoord, string veld)
    {
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(("KTN400", veld), (antwoord.GetProperty("code").GetString(), antwoord.GetProperty("veld").GetString()));
        Assert.StartsWith($"Veld {veld}: ", antwoord.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(log.Regels, r => r.Niveau >= LogLevel.Error);
    }

    private async Task<(HttpStatusCode Status, JsonElement Antwoord)> VraagAsync(HttpMethod methode, string pad)
    {
        using var request = new HttpRequestMessage(methode, pad);
        request.Headers.Add("Keten-Ontwikkel-OIN", RocVoorbeeldOin);
        using var response = await Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }
}

public sealed class OngeldigeParameterTestsOnSqlite() : OngeldigeParameterTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class OngeldigeParameterTestsOnPostgres(PostgresServer postgres) : OngeldigeParameterTests(StoreKind.Postgres, postgres);
