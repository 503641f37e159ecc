using Keten.Domain.Referentie;
using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Referentie;

public class DemoReferentiedataTests
{
    private static async Task<Referentiedata> LaadAsync()
    {
        var resultaat = await ReferentiedataReader.ReadFileAsync(DemoDataBestanden.Pad("referentiedata.json"), CancellationToken.None);
        Assert.True(resultaat.IsGeldig, string.Join("\n", resultaat.Fouten));
        return resultaat.Referentiedata!;
    }

    [Fact]
    public async Task The_demo_reference_data_is_a_valid_file() => await LaadAsync();

    [Fact]
    public async Task It_has_several_boards_and_at_least_3_mbo_and_5_vo_institutions()
    {
        var data = await LaadAsync();

        Assert.True(data.Onderwijsbesturen.Count >= 3);
        Assert.True(data.ErkendeInstellingen.Count(i => i.Sector == Sector.MBO && i.Einddatum is null) >= 3);
        Assert.True(data.ErkendeInstellingen.Count(i => i.Sector == Sector.VO && i.Einddatum is null) >= 5);
        Assert.Contains(data.Onderwijsbesturen, b => data.ErkendeInstellingen.Count(i => i.Onderwijsbestuurcode == b.Code && i.Einddatum is null) > 1);
        Assert.All(data.Onderwijsbesturen, b => Assert.Contains(data.ErkendeInstellingen, i => i.Onderwijsbestuurcode == b.Code));
    }

    [Fact]
    public async Task Its_codes_are_clearly_synthetic()
    {
        var data = await LaadAsync();

        Assert.All(data.Onderwijsbesturen, b => Assert.StartsWith("00000001", b.Oin, StringComparison.Ordinal));
        Assert.All(data.ErkendeInstellingen, i => Assert.StartsWith("99", i.Brin, StringComparison.Ordinal));
    }

    [Fact]
    public async Task It_has_about_20_crebo_qualifications_on_every_level_and_an_ended_one()
    {
        var data = await LaadAsync();

        Assert.True(data.Opleidingserkenningen.Count >= 20);
        Assert.All(data.Opleidingserkenningen, e => Assert.Equal("CREBO", e.Opleidingsstelsel));
        Assert.Equal(["MBO-1", "MBO-2", "MBO-3", "MBO-4"], data.Opleidingserkenningen.Select(e => e.Niveau).Distinct().Order());
        Assert.Contains(data.Opleidingserkenningen, e => e.Einddatum is not null);
    }

    [Fact]
    public async Task It_has_at_least_12_vmbo_vakerkenningen_on_every_leerweg()
    {
        var data = await LaadAsync();

        Assert.True(data.VoVakerkenningen.Count >= 12);
        Assert.All(data.VoVakerkenningen, e => Assert.Equal("ILT", e.Opleidingsstelsel));
        Assert.Equal(["VO-VMBO-BB", "VO-VMBO-GL", "VO-VMBO-KB", "VO-VMBO-TL"], data.VoVakerkenningen.Select(e => e.Opleidingsniveau).Distinct().Order());
    }

    [Fact]
    public async Task Every_board_has_a_beheerder_and_some_still_use_a_legacy_token()
    {
        var data = await LaadAsync();

        Assert.All(data.Onderwijsbesturen, b => Assert.Contains(data.Medewerkers, m => m.Onderwijsbestuurcode == b.Code && m.Rol == "beheerder"));
        Assert.Contains(data.Medewerkers, m => m.LegacyToken is not null);
        Assert.Contains(data.Medewerkers, m => m.LegacyToken is null);
    }
}
