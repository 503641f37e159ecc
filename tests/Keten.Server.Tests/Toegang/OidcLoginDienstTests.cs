using System.Net;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Toegang;

namespace Keten.Server.Tests.Toegang;

/// <summary>Keten:Toegang:Oidc:ServiceIds set to a service the broker's client is not for: the login is refused.</summary>
public abstract class OidcLoginDienstTests(StoreKind kind, PostgresServer? postgres) : OidcLoginTestBasis(kind, postgres)
{
    protected override IReadOnlyDictionary<string, string> ExtraInstellingen => new Dictionary<string, string>
    {
        [$"{OidcOpties.Sectie}:ServiceIds:0"] = "urn:etoegang:DV:00000001000000000000:services:9",
    };

    [Fact]
    public async Task Een_ServiceID_die_niet_van_Keten_is_eindigt_op_de_pagina_dienst_niet_bekend_zonder_sessie()
    {
        using var terug = await LoginAsync("loa3", "inloggen");

        var html = await PaginaAsync(terug, HttpStatusCode.Forbidden);
        Assert.Contains("Dienst niet bekend", html, StringComparison.Ordinal);
        Assert.Contains(OidcLogin.LoginAdres, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.GetAsync("/toegang/ik")).StatusCode);
    }
}

public sealed class OidcLoginDienstTestsOnSqlite() : OidcLoginDienstTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class OidcLoginDienstTestsOnPostgres(PostgresServer postgres) : OidcLoginDienstTests(StoreKind.Postgres, postgres);
