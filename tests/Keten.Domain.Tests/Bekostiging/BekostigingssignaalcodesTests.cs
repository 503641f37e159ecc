using Keten.Domain.Bekostiging;

namespace Keten.Domain.Tests.Bekostiging;

/// <summary>The B codes fit the TBG-i's signal fields and say what the BEK codes say where they mean the same.</summary>
public sealed class BekostigingssignaalcodesTests
{
    [Fact]
    public void Every_code_fits_signaalcode_an3_and_its_text_signaalomschrijving_an255() =>
        Assert.All(Bekostigingssignaalcodes.Alle, code =>
        {
            Assert.InRange(code.Length, 1, 3);
            Assert.InRange(Bekostigingssignaalcodes.Tekst(code).Length, 1, 255);
        });

    [Fact]
    public void The_codes_that_mean_a_preliminary_status_name_its_bek_code()
    {
        Assert.Equal(Bekostigingsredenen.Bekostigbaar, Bekostigingssignaalcodes.Bek(Bekostigingssignaalcodes.Bekostigd));
        Assert.Equal(Bekostigingsredenen.BblZonderPraktijkovereenkomst, Bekostigingssignaalcodes.Bek(Bekostigingssignaalcodes.BblZonderBpv));
        Assert.Null(Bekostigingssignaalcodes.Bek(Bekostigingssignaalcodes.NietDeHoofdinschrijving));
        Assert.All(Bekostigingssignaalcodes.Alle.Select(Bekostigingssignaalcodes.Bek).OfType<string>(), bek => Assert.Contains(bek, Bekostigingsredenen.Alle));
    }
}
