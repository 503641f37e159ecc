namespace Keten.Ontwikkelmakelaar.Tests;

/// <summary>The broker gives anyone any identity: switched on outside Development and Test, the start fails.</summary>
public sealed class ProductieTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Aan_buiten_Development_en_Test_laat_de_start_mislukken(string omgeving)
    {
        var fout = Assert.Throws<InvalidOperationException>(() => MakelaarHost.Bouw(omgeving, null, Path.Combine(Path.GetTempPath(), $"keten-dv-{Guid.NewGuid():N}.pem")));

        Assert.Contains("Keten:Ontwikkelmakelaar:Aan", fout.Message, StringComparison.Ordinal);
        Assert.Contains(omgeving, fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Test_draait_hij_en_uit_is_hij_er_niet()
    {
        await using var test = await MakelaarHost.StartAsync("Test");
        await using var uit = await MakelaarHost.StartAsync("Production", new Dictionary<string, string?> { ["Keten:Ontwikkelmakelaar:Aan"] = "false" });
        using var testClient = test.Client();
        using var uitClient = uit.Client();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await testClient.GetAsync(MakelaarHost.Basis + "/saml/metadata")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await uitClient.GetAsync(MakelaarHost.Basis + "/saml/metadata")).StatusCode);
    }
}
