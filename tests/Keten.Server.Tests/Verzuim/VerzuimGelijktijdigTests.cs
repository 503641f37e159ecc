using System.Net;
using Keten.Application.Rio;
using Keten.Application.Verzuim;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Storage;

namespace Keten.Server.Tests.Verzuim;

/// <summary>
/// The same verzuimmelding sent at once, several times, to two server processes on one database: the person's lock
/// (docs/verzuim.md) makes exactly one of each round accepted and every other one refused by the 7-day rule (VZM009),
/// never a server fault and never two reports.
/// </summary>
public abstract class VerzuimGelijktijdigTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
{
    private const string RivierenlandOin = "00000001990100000002";
    private const int Rondes = 6;
    private const int PerRonde = 4;

    [Fact]
    public async Task Of_one_report_sent_at_once_to_two_hosts_exactly_one_is_registered()
    {
        await using var hosts = TweeHosts.Start(ConnectionString);
        hosts.ZetKlok(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        for (var ronde = 0; ronde < Rondes; ronde++)
        {
            var begindatum = new DateOnly(2026, 8, 3).AddDays(7 * ronde).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var melding = Toegang.Deuren.Eigendom.Verzuimmelding(begindatum);
            var antwoorden = await Task.WhenAll(Enumerable.Range(0, PerRonde).Select(async i =>
            {
                using var antwoord = await TweeHosts.RestAsync(i % 2 == 0 ? hosts.A : hosts.B, HttpMethod.Post, "/api/verzuim/meldingen", melding,
                    oin: RivierenlandOin);
                return (antwoord.StatusCode, Tekst: await antwoord.Content.ReadAsStringAsync());
            }));

            Assert.True(antwoorden.Count(a => a.StatusCode == HttpStatusCode.OK) == 1, string.Join("\n", antwoorden.Select(a => a.Tekst)));
            Assert.All(antwoorden.Where(a => a.StatusCode != HttpStatusCode.OK),
                a => Assert.Equal("VZM009", System.Text.Json.JsonDocument.Parse(a.Tekst).RootElement.GetProperty("code").GetString()));
        }

        using var feed = await TweeHosts.RestAsync(hosts.B, HttpMethod.Get, "/api/verzuim/meldingen/gewijzigd", oin: RivierenlandOin);
        var pagina = RioJson.Deserialize<Pagina<Verzuimfeeditem>>(await feed.Content.ReadAsStringAsync());
        Assert.Equal(Rondes, pagina.Items.Count);
    }
}

public sealed class VerzuimGelijktijdigTestsOnSqlite() : VerzuimGelijktijdigTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class VerzuimGelijktijdigTestsOnPostgres(PostgresServer postgres) : VerzuimGelijktijdigTests(StoreKind.Postgres, postgres);
