using System.Text.Json;
using System.Text.Json.Nodes;
using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Server.Tests.Rio.Xml;

namespace Keten.Server.Tests.Rio;

/// <summary>
/// toestemmingVereistVoorAanmelding is DUO's code in the JSON form; states Keten stored when it was a boolean still read.
/// </summary>
public class RioJsonToestemmingTests
{
    [Fact]
    public void The_code_is_written_as_a_string()
    {
        var json = JsonNode.Parse(RioJson.Serialize(RioVoorbeelden.MboOpleiding()))!;

        Assert.Equal(["JA", "NEE"], json["cohorten"]!.AsArray().Select(c => c!["toestemmingVereistVoorAanmelding"]!.GetValue<string>()));
    }

    [Fact]
    public void A_state_stored_with_the_earlier_boolean_reads_true_as_JA_and_false_as_NEE()
    {
        var json = JsonNode.Parse(RioJson.Serialize(RioVoorbeelden.MboOpleiding()))!;
        json["cohorten"]![0]!["toestemmingVereistVoorAanmelding"] = true;
        json["cohorten"]![1]!["toestemmingVereistVoorAanmelding"] = false;

        var gelezen = RioJson.Deserialize<AangebodenOpleiding>(json.ToJsonString());

        Assert.Equal(["JA", "NEE"], gelezen.Cohorten.Select(c => c.ToestemmingVereistVoorAanmelding));
    }

    [Fact]
    public void Any_other_string_is_kept_for_the_rules_to_refuse()
    {
        var json = JsonNode.Parse(RioJson.Serialize(RioVoorbeelden.MboOpleiding()))!;
        json["cohorten"]![0]!["toestemmingVereistVoorAanmelding"] = "MISSCHIEN";

        Assert.Equal("MISSCHIEN", RioJson.Deserialize<AangebodenOpleiding>(json.ToJsonString()).Cohorten[0].ToestemmingVereistVoorAanmelding);
    }

    [Fact]
    public void A_number_is_not_a_toestemming()
    {
        var json = JsonNode.Parse(RioJson.Serialize(RioVoorbeelden.MboOpleiding()))!;
        json["cohorten"]![0]!["toestemmingVereistVoorAanmelding"] = 1;

        Assert.Throws<JsonException>(() => RioJson.Deserialize<AangebodenOpleiding>(json.ToJsonString()));
    }
}
