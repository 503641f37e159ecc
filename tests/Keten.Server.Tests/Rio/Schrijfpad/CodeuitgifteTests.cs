using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>Codes RIO issues come from one national sequence per kind, over the whole XSD pattern space.</summary>
public abstract class CodeuitgifteTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    [Fact]
    public async Task Two_boards_with_the_same_first_three_digits_get_distinct_aanbieder_codes()
    {
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await TweeHosts.NieuweAanbiederAsync(Client, "110A001", RocVoorbeeldOin)).ToegekendeCode!);
            codes.Add((await TweeHosts.NieuweAanbiederAsync(Client, "110A008", KanaalstreekOin)).ToegekendeCode!);
        }

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.True(Codes.IsOnderwijsaanbiedercode(code), code));
    }

    [Fact]
    public async Task A_used_up_code_space_is_refused_with_ktn031_not_looped_on()
    {
        await RuweSql.ExecAsync(Database, $"INSERT INTO reeks (naam, laatste) VALUES ('code:onderwijsaanbiedercode', {Coderuimte.Onderwijsaanbieder.Grootte})");

        var aanbieder = await Client.GetFromJsonAsync<Onderwijsaanbieder>("/api/rio/onderwijsaanbieders/110A001", RioJson.Options);
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rio/onderwijsaanbieders", aanbieder! with { Onderwijsaanbiedercode = null });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, antwoord.StatusCode);
        Assert.Equal("KTN031", await TweeHosts.CodeAsync(antwoord));
        Assert.Contains("\"sleutelnaam\":\"onderwijsaanbiedercode\"", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codes_already_taken_are_skipped()
    {
        // The demo holds 110A001…110A008; the sequence number that maps onto 110A001 must not issue it again.
        var nummer = Enumerable.Range(1, 1_000_000).First(n => Coderuimte.Onderwijsaanbieder.Code(n) == "110A001");
        await RuweSql.ExecAsync(Database, $"INSERT INTO reeks (naam, laatste) VALUES ('code:onderwijsaanbiedercode', {nummer - 1})");

        var antwoord = await TweeHosts.NieuweAanbiederAsync(Client, "110A001", RocVoorbeeldOin);

        Assert.True(antwoord.RequestGoedgekeurd);
        Assert.Equal(Coderuimte.Onderwijsaanbieder.Code(nummer + 1), antwoord.ToegekendeCode);
    }
}

public sealed class CodeuitgifteTestsOnSqlite() : CodeuitgifteTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class CodeuitgifteTestsOnPostgres(PostgresServer postgres) : CodeuitgifteTests(StoreKind.Postgres, postgres);
