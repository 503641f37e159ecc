using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Referentie;

/// <summary>The funding's optional fields of an opleidingserkenning: prijsfactor (PrijsfactorMBO), specialist and vws.</summary>
public class OpleidingserkenningBekostigingTests
{
    private const string Software = "\"opleidingscode\": \"25604\", \"naam\": \"Software developer\", \"niveau\": \"MBO-4\"";

    [Fact]
    public void Prijsfactor_and_specialist_are_read_and_absent_they_are_the_defaults()
    {
        var json = Voorbeeldbestand.Met(Software, Software + ", \"prijsfactor\": 1.25, \"specialist\": true");

        var data = ReferentiedataReader.Read(json).Referentiedata!;

        Assert.Equal((1.25m, true), (data.Erkenning("CREBO", "25604")!.Prijsfactor, data.Erkenning("CREBO", "25604")!.Specialist));
        Assert.Equal((null, false), (data.Erkenning("CREBO", "25187")!.Prijsfactor, data.Erkenning("CREBO", "25187")!.Specialist));
    }

    [Theory]
    [InlineData("0", "regel 11, veld opleidingserkenningen[0].prijsfactor: '0' is geen prijsfactor (groter dan 0, hoogstens 999.99, 2 decimalen)")]
    [InlineData("1.255", "regel 11, veld opleidingserkenningen[0].prijsfactor: '1.255' is geen prijsfactor (groter dan 0, hoogstens 999.99, 2 decimalen)")]
    [InlineData("\"1.25\"", "regel 11, veld opleidingserkenningen[0].prijsfactor: is een tekst, verwacht: getal")]
    public void A_prijsfactor_that_is_no_n5_2_factor_is_refused_naming_line_and_field(string waarde, string verwacht)
    {
        var resultaat = ReferentiedataReader.Read(Voorbeeldbestand.Met(Software, Software + ", \"prijsfactor\": " + waarde));

        Assert.Null(resultaat.Referentiedata);
        Assert.Equal([verwacht], resultaat.Fouten.Select(f => f.ToString()));
    }

    [Fact]
    public void A_vws_qualification_is_marked_and_absent_it_is_not()
    {
        var data = ReferentiedataReader.Read(Voorbeeldbestand.Met(Software, Software + ", \"vws\": true")).Referentiedata!;

        Assert.True(data.Erkenning("CREBO", "25604")!.Vws);
        Assert.False(data.Erkenning("CREBO", "25187")!.Vws);
    }

    [Fact]
    public void A_specialist_flag_that_is_no_boolean_is_refused()
    {
        var resultaat = ReferentiedataReader.Read(Voorbeeldbestand.Met(Software, Software + ", \"specialist\": \"ja\""));

        Assert.Equal(["regel 11, veld opleidingserkenningen[0].specialist: is een tekst, verwacht: boolean"], resultaat.Fouten.Select(f => f.ToString()));
    }
}
