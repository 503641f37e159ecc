using Keten.Server.Toegang;
using Keten.Toegang;
using Keten.Toegang.Oidc;
using Microsoft.Extensions.Configuration;

namespace Keten.Server.Tests.Toegang;

/// <summary>Keten:Toegang:Oidc: absent means the OIDC door is off; present but wrong stops the start naming the key.</summary>
public sealed class OidcLoginInstellingenTests
{
    [Fact]
    public void Zonder_authority_is_de_oidc_login_niet_ingesteld()
    {
        Assert.Null(OidcLoginInstellingen.Lees(Configuratie([])));
    }

    [Fact]
    public void Een_volledige_configuratie_houdt_de_standaardnamen_behalve_wat_anders_is_ingesteld()
    {
        var instellingen = OidcLoginInstellingen.Lees(Configuratie(new()
        {
            ["ClaimNamen:LegalSubjectId"] = "chamberOfCommerce",
            ["ClaimNamen:StandaardIdentificatieType"] = "urn:etoegang:1.9:EntityConcernedID:KvKnr",
            ["MinimaalNiveau"] = "urn:etoegang:core:assurance-class:loa4",
            ["Scopes:0"] = "kvk",
        }));

        Assert.NotNull(instellingen);
        var standaard = new OidcClaimNamen();
        Assert.Equal("chamberOfCommerce", instellingen.ClaimNamen.LegalSubjectId);
        Assert.Equal("urn:etoegang:1.9:EntityConcernedID:KvKnr", instellingen.ClaimNamen.StandaardIdentificatieType);
        Assert.Equal(standaard.ActingSubjectId, instellingen.ClaimNamen.ActingSubjectId);
        Assert.Equal(standaard.Niveau, instellingen.ClaimNamen.Niveau);
        Assert.Equal(Betrouwbaarheidsniveau.Loa4, instellingen.MinimaalNiveau);
        Assert.Equal("kvk", Assert.Single(instellingen.Scopes));
        Assert.Equal("/toegang/oidc/callback", instellingen.CallbackPath);
        Assert.True(instellingen.RequireHttpsMetadata);
    }

    [Theory]
    [InlineData("ClientId", "", "Keten:Toegang:Oidc:ClientId is missing")]
    [InlineData("ClientSecret", " ", "Keten:Toegang:Oidc:ClientSecret is missing")]
    [InlineData("MinimaalNiveau", "loa1", "Keten:Toegang:Oidc:MinimaalNiveau must be loa2, loa2plus, loa3 or loa4")]
    public void Een_fout_in_de_configuratie_noemt_de_sleutel(string sleutel, string waarde, string melding)
    {
        var fout = Assert.Throws<InvalidOperationException>(() => OidcLoginInstellingen.Lees(Configuratie(new() { [sleutel] = waarde })));

        Assert.StartsWith(melding, fout.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuratie(Dictionary<string, string?> afwijkend)
    {
        var waarden = afwijkend.Count == 0 ? new Dictionary<string, string?>() : new Dictionary<string, string?>
        {
            ["Authority"] = "https://makelaar.example/oidc",
            ["ClientId"] = "keten",
            ["ClientSecret"] = "geheim",
        };
        foreach (var (sleutel, waarde) in afwijkend)
        {
            waarden[sleutel] = waarde;
        }
        return new ConfigurationBuilder()
            .AddInMemoryCollection(waarden.Select(w => KeyValuePair.Create($"{OidcOpties.Sectie}:{w.Key}", w.Value)))
            .Build();
    }
}
