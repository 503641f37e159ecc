using System.Net;
using System.Text;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using static Keten.Application.Rod.Batch.BatchKolommen;
using static Keten.Server.Tests.Rod.Batch.BatchBestanden;

namespace Keten.Server.Tests.Rod.Batch;

/// <summary>
/// POST /api/rod/batches on the demo content, on SQLite and PostgreSQL, with the REST body limit set to 1 KiB: a batch
/// larger than that is streamed in and its terugkoppeling streamed back; the same upload with the same id gets the same
/// answers; a header Keten cannot place is a 400 naming the column.
/// </summary>
public abstract class RodBatchRestTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    protected override IReadOnlyDictionary<string, string>? Instellingen { get; } = new Dictionary<string, string> { ["Keten:Rest:MaxBerichtgrootte"] = "1024" };

    [Fact]
    public async Task A_batch_larger_than_the_rest_body_limit_is_answered_per_mutation_and_the_same_upload_again_gets_the_same_answers()
    {
        var bestand = Groot(leerlingen: 10);
        var id = Guid.NewGuid().ToString();

        var (status, type, eerste) = await UploadAsync(bestand, id);
        var (_, _, tweede) = await UploadAsync(bestand, id);
        var versies = await TelAsync();

        Assert.True(Encoding.UTF8.GetByteCount(bestand) > 1024);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", type);
        var regels = eerste.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("regel;bedrijfsdocumentId;", regels[0], StringComparison.Ordinal);
        Assert.Equal(10 + 4 + 4 + 2, regels.Length - 1);
        Assert.Equal(eerste, tweede);
        Assert.Equal(regels.Count(r => r.Contains(";J;", StringComparison.Ordinal)), versies);
        Assert.DoesNotContain(Bsn(0), eerste, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_upload_with_its_id_in_capitals_gets_the_same_answers_and_has_no_second_effect()
    {
        var bestand = Groot(leerlingen: 2);
        var id = Guid.NewGuid().ToString("D");

        var (_, _, eerste) = await UploadAsync(bestand, id);
        var versies = await TelAsync();
        var (status, _, tweede) = await UploadAsync(bestand, id.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(";J;", eerste, StringComparison.Ordinal);
        Assert.Equal(eerste, tweede);
        Assert.Equal(versies, await TelAsync());
    }

    [Fact]
    public async Task A_batch_whose_header_names_an_unknown_column_is_a_400_naming_it()
    {
        var (status, _, tekst) = await UploadAsync($"{Recordsoort};{Inschrijvingvolgnummer};datumBgin\nISG;M1;2026-08-01\n", null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("KTN400", tekst, StringComparison.Ordinal);
        Assert.Contains("datumBgin", tekst, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string? Type, string Tekst)> UploadAsync(string bestand, string? id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rod/batches") { Content = new StringContent(bestand, Encoding.UTF8, "text/csv") };
        request.Headers.Add("Keten-Ontwikkel-OIN", DemoBesturen.RocVoorbeeldOin);
        if (id is not null)
        {
            request.Headers.Add("Keten-Bedrijfsdocument-Id", id);
        }

        using var antwoord = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return (antwoord.StatusCode, antwoord.Content.Headers.ContentType?.MediaType, await antwoord.Content.ReadAsStringAsync());
    }

    private async Task<long> TelAsync()
    {
        await using var connection = await RuweSql.OpenAsync(Database);
        return Convert.ToInt64(await RuweSql.ExecAsync(connection, null, "SELECT COUNT(*) FROM rod_inschrijving WHERE brin = '" + BatchBestanden.Brin + "'"), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class RodBatchRestTestsOnSqlite() : RodBatchRestTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RodBatchRestTestsOnPostgres(PostgresServer postgres) : RodBatchRestTests(StoreKind.Postgres, postgres);
