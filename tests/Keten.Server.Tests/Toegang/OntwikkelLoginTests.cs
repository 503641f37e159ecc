using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Toegang;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// `dotnet run`'s login: in Development with the development broker on and no OIDC broker configured, the OIDC door
/// points at the development broker by itself (<see cref="OntwikkelLogin"/>), beside a client the broker already had.
/// </summary>
public sealed class OntwikkelLoginTests() : OidcLoginTestBasis(StoreKind.Sqlite, null)
{
    protected override IReadOnlyDictionary<string, string> ExtraInstellingen => new Dictionary<string, string>
    {
        [$"{OidcOpties.Sectie}:Authority"] = "",
        ["Keten:Ontwikkelmakelaar:BasisUrl"] = "https://localhost",
    };

    [Fact]
    public async Task Without_an_OIDC_broker_configured_Development_logs_in_through_the_development_broker()
    {
        using var terug = await LoginAsync("loa3", "inloggen");

        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        using var ik = await Browser.GetAsync("/toegang/ik");
        Assert.Equal(HttpStatusCode.OK, ik.StatusCode);
        var json = await ik.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("41234567", json.GetProperty("legalSubject").GetString());
        Assert.Equal("https://localhost/ontwikkelmakelaar/oidc", json.GetProperty("herkenningsmakelaar").GetString());
    }
}
