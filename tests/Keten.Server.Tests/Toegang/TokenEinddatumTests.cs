using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Toegang;

/// <summary>After Keten:Toegang:TokenEinddatum no token is seeded and token login and the move are closed.</summary>
public abstract class TokenEinddatumTests(StoreKind kind, PostgresServer? postgres) : ToegangTestBasis(kind, postgres)
{
    // The test server's clock starts at 2024-09-02 08:00 UTC.
    protected override IReadOnlyDictionary<string, string>? Instellingen => new Dictionary<string, string>
    {
        ["Keten:Toegang:TokenSleutel"] = TestSleutel,
        ["Keten:Toegang:TokenEinddatum"] = "2024-09-01T00:00:00Z",
    };

    [Fact]
    public async Task After_the_end_date_no_tokens_are_issued_and_token_login_is_closed()
    {
        await using var connection = await RuweSql.OpenAsync(Database);
        Assert.Equal(0L, Convert.ToInt64(await RuweSql.ExecAsync(connection, null, "SELECT COUNT(*) FROM legacy_token"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3, (await Store.Medewerkers.MedewerkersVanBestuurAsync("100B001", CancellationToken.None)).Count);

        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "jbeheerder", code = Code("JBSWY3DPEHPK3PXP") }), 401, "TGA012");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/verhuizen", new { gebruikersnaam = "jbeheerder", code = Code("JBSWY3DPEHPK3PXP") },
            new Application.Toegang.Aanmelding(EHerkenning(KvkBestuur1, "pseudoniem"))), 401, "TGA012");
    }
}

public sealed class TokenEinddatumTestsOnSqlite() : TokenEinddatumTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class TokenEinddatumTestsOnPostgres(PostgresServer p) : TokenEinddatumTests(StoreKind.Postgres, p);

/// <summary>A token seeded before the end date stops working when the date passes.</summary>
public sealed class TokenSluitOpEinddatumTests() : ToegangTestBasis(StoreKind.Sqlite, null)
{
    protected override IReadOnlyDictionary<string, string>? Instellingen => new Dictionary<string, string>
    {
        ["Keten:Toegang:TokenSleutel"] = TestSleutel,
        ["Keten:Toegang:TokenEinddatum"] = "2024-09-03T00:00:00Z",
    };

    [Fact]
    public async Task A_token_login_works_until_the_end_date_and_not_after()
    {
        var aanmelding = await TokenLoginAsync("jbeheerder", "JBSWY3DPEHPK3PXP");
        Assert.True((await GetAsync("/api/toegang/ik", aanmelding)).IsSuccessStatusCode);

        Server.Clock.Advance(TimeSpan.FromDays(1));

        await AssertGeweigerdAsync(await GetAsync("/api/toegang/ik", aanmelding), 401, "TGA012");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "jbeheerder", code = Code("JBSWY3DPEHPK3PXP") }), 401, "TGA012");
    }
}
