using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Referentie;

/// <summary>The municipalities and RMC regions of the reference data: where verzuim goes and which region a VSV'er counts in.</summary>
public class ReferentiedataGemeentenTests
{
    private const string Regios = """
        ,
          "rmcRegios": [
            {"code": "17", "naam": "Utrecht"}
          ],
          "gemeenten": [
            {"code": "0344", "naam": "Utrecht", "rmcRegio": "17"}
          ]
        }
        """;

    private static string Bestand(string gemeentecode = "0344", string regio = "17", string gemeente = "0344")
    {
        var basis = Voorbeeldbestand.Met(
            "{\"brin\": \"99MA\", \"naam\": \"ROC Voorbeeld\",",
            $"{{\"brin\": \"99MA\", \"gemeentecode\": \"{gemeentecode}\", \"naam\": \"ROC Voorbeeld\",");
        var zonderSlot = basis[..basis.LastIndexOf('}')].TrimEnd();
        return zonderSlot + Regios.Replace("\"rmcRegio\": \"17\"", $"\"rmcRegio\": \"{regio}\"", StringComparison.Ordinal)
            .Replace("{\"code\": \"0344\"", $"{{\"code\": \"{gemeente}\"", StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Fouten(string json) => [.. ReferentiedataReader.Read(json).Fouten.Select(f => f.Veld + ": " + f.Melding)];

    [Fact]
    public void An_instelling_belongs_to_the_RMC_region_of_its_gemeente()
    {
        var resultaat = ReferentiedataReader.Read(Bestand());

        Assert.True(resultaat.IsGeldig, string.Join("\n", resultaat.Fouten));
        var data = resultaat.Referentiedata!;
        Assert.Equal("Utrecht", data.GemeenteMetCode("0344")!.Naam);
        Assert.Equal("17", data.RmcRegioVanInstelling("99MA")!.Code);
        Assert.Null(data.RmcRegioVanInstelling("99VA"));
    }

    [Fact]
    public void Gemeenten_and_regions_survive_the_store_items()
    {
        var data = ReferentiedataReader.Read(Bestand()).Referentiedata!;

        var terug = ReferentiedataItems.Naar(ReferentiedataItems.Van(data));

        Assert.Equal(data.Gemeenten, terug.Gemeenten);
        Assert.Equal(data.RmcRegios, terug.RmcRegios);
        Assert.Equal("0344", terug.Instelling("99MA")!.Gemeentecode);
    }

    [Fact]
    public void A_gemeente_of_an_unknown_region_is_refused() =>
        Assert.Contains("gemeenten[0].rmcRegio: RMC-regio '18' komt niet voor in rmcRegios", Fouten(Bestand(regio: "18")));

    [Fact]
    public void An_instelling_in_an_unknown_gemeente_is_refused() =>
        Assert.Contains("erkendeInstellingen[0].gemeentecode: gemeente '0363' komt niet voor in gemeenten", Fouten(Bestand(gemeentecode: "0363")));

    [Fact]
    public void A_gemeentecode_is_four_digits() =>
        Assert.Contains("gemeenten[0].code: '344' is geen CBS-gemeentecode (4 cijfers)", Fouten(Bestand(gemeente: "344", gemeentecode: "344")));
}
