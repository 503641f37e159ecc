using System.Net;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Toegang;
using Keten.Toegang.Saml;
using Keten.Toegang.Tests;

namespace Keten.Server.Tests.Toegang;

/// <summary>Two server processes on one database and one key folder: a login started on one is answered on the other, once.</summary>
public abstract class ToegangTweeProcessenTests(StoreKind kind, PostgresServer? postgres) : SamlLoginTestBasis(kind, postgres)
{
    [Fact]
    public async Task Een_login_begonnen_op_de_ene_server_wordt_op_de_andere_beantwoord_en_de_sessie_geldt_op_beide()
    {
        var (authnRequest, relayState) = await StartLoginAsync();
        using var tweede = TweedeServer();
        var response = Bouwer(authnRequest).Bouw().MetOndertekendeAssertion();

        using var antwoord = await tweede.PostAsync("/toegang/saml/acs", ResponseFormulier(response, relayState));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/portaal", antwoord.Headers.Location!.OriginalString);
        var cookie = antwoord.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ToegangSessie.CookieNaam + "=", StringComparison.Ordinal));
        using var ik = new HttpRequestMessage(HttpMethod.Get, "/toegang/ik");
        ik.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await tweede.SendAsync(ik)).StatusCode);

        using var nogEensOpDeEerste = await PostResponseAsync(response, relayState);

        Assert.Contains(SamlWeigering.OnbekendVerzoek.Tekst(), await PaginaAsync(nogEensOpDeEerste, HttpStatusCode.BadRequest));
    }
}

public sealed class ToegangTweeProcessenTestsOnSqlite() : ToegangTweeProcessenTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ToegangTweeProcessenTestsOnPostgres(PostgresServer postgres) : ToegangTweeProcessenTests(StoreKind.Postgres, postgres);
