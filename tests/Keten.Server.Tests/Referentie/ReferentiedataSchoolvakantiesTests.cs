using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Referentie;

/// <summary>The school holidays per region and a gemeente's OIN: what the 16-hour count and the municipality's verzuim door read.</summary>
public class ReferentiedataSchoolvakantiesTests
{
    private static string Bestand(string regio = "midden", string einddatum = "2026-10-25", string oin = "00000001990300000344")
    {
        var basis = Voorbeeldbestand.Met("{\"brin\": \"99MA\", \"naam\": \"ROC Voorbeeld\",", "{\"brin\": \"99MA\", \"naam\": \"ROC Voorbeeld\",");
        return basis[..basis.LastIndexOf('}')].TrimEnd() + $$"""
            ,
              "rmcRegios": [{"code": "17", "naam": "Utrecht"}],
              "gemeenten": [{"code": "0344", "naam": "Utrecht", "rmcRegio": "17", "oin": "{{oin}}"}],
              "schoolvakanties": [{"regio": "{{regio}}", "naam": "Herfstvakantie", "begindatum": "2026-10-17", "einddatum": "{{einddatum}}"}]
            }
            """;
    }

    private static IReadOnlyList<string> Fouten(string json) => [.. ReferentiedataReader.Read(json).Fouten.Select(f => f.Veld + ": " + f.Melding)];

    [Fact]
    public void Holidays_and_the_gemeentes_oin_are_read_and_survive_the_store_items()
    {
        var resultaat = ReferentiedataReader.Read(Bestand());
        Assert.True(resultaat.IsGeldig, string.Join("\n", resultaat.Fouten));
        var data = resultaat.Referentiedata!;

        var terug = ReferentiedataItems.Naar(ReferentiedataItems.Van(data));

        Assert.Equal("0344", data.GemeenteMetOin("00000001990300000344")!.Code);
        Assert.Equal(("midden", new DateOnly(2026, 10, 25)), (Assert.Single(data.Schoolvakanties).Regio, data.Schoolvakanties[0].Einddatum));
        Assert.Equal(data.Schoolvakanties, terug.Schoolvakanties);
        Assert.Equal(data.Gemeenten, terug.Gemeenten);
    }

    [Fact]
    public void An_unknown_region_an_end_before_the_begin_and_a_malformed_oin_are_refused_naming_the_field()
    {
        Assert.Contains(Fouten(Bestand(regio: "oost")), f => f.StartsWith("schoolvakanties[0].regio", StringComparison.Ordinal));
        Assert.Contains(Fouten(Bestand(einddatum: "2026-10-16")), f => f.StartsWith("schoolvakanties[0].einddatum", StringComparison.Ordinal));
        Assert.Contains(Fouten(Bestand(oin: "123")), f => f.StartsWith("gemeenten[0].oin", StringComparison.Ordinal));
    }
}
