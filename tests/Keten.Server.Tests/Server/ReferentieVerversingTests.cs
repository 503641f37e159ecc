using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Cli;
using Keten.Domain.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Referentie;

namespace Keten.Server.Tests.Server;

/// <summary>`keten referentie laden` in another process reaches a running server on the same database, without restart.</summary>
public sealed class ReferentieVerversingTests : IAsyncLifetime
{
    private const string NieuwBestuurOin = "00000001990100000099";
    private readonly TestDatabase _database = KetenConnectionStrings.Sqlite();
    private readonly string _bestand = Path.Combine(Path.GetTempPath(), $"keten-verversing-{Guid.NewGuid():N}.json");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        File.Delete(_bestand);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_board_loaded_by_the_cli_is_accepted_by_the_running_server_after_the_check_interval()
    {
        await using var server = new KetenTestServer(_database.ConnectionString);
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await LeverAanAsync(client)).StatusCode);

        await File.WriteAllTextAsync(_bestand, Voorbeeldbestand.Met(
            """{"code": "100B002", "naam": "Stichting Lyceum Zuidrand", "kvkNummer": null, "oin": "00000001123456789001"}""",
            """{"code": "100B002", "naam": "Stichting Lyceum Zuidrand", "kvkNummer": null, "oin": "00000001123456789001"},"""
            + $$"""{"code": "100B099", "naam": "Stichting Nieuw", "kvkNummer": null, "oin": "{{NieuwBestuurOin}}"}"""));
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        Assert.Equal(0, await KetenCli.RunAsync(["referentie", "laden", _bestand, "--connection", _database.ConnectionString], uit, fout, CancellationToken.None));

        server.Clock.Advance(TimeSpan.FromSeconds(5));
        using var antwoord = await LeverAanAsync(client);

        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> LeverAanAsync(HttpClient client)
    {
        var eenheid = new Opleidingseenheid(
            null, "100B099", Opleidingseenheid.SoortParticuliereOpleiding, new DateOnly(2024, 1, 1), null, null, null, null, null,
            [new OpleidingseenheidPeriode(new DateOnly(2024, 1, 1), "Cursus zonnepanelen", null, null, null, null, null, [])], []);
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/rio/opleidingseenheden") { Content = JsonContent.Create(eenheid, options: RioJson.Options) };
        verzoek.Headers.Add("Keten-Ontwikkel-OIN", NieuwBestuurOin);
        return await client.SendAsync(verzoek);
    }
}
