using System.Text.Json.Nodes;
using Keten.Application.Rio;
using Keten.Application.Rio.Proefdraai;
using Keten.Domain.Rio;
using Keten.Server.Tests.Rio.Xml;

namespace Keten.Server.Tests.Rio.Proefdraai;

public class JsonVerschillenTests
{
    private static readonly AangebodenOpleiding Opleiding = RioVoorbeelden.MboOpleiding();

    [Fact]
    public void The_same_state_has_no_differences()
    {
        Assert.Empty(Verschillen(Opleiding, Opleiding with { }));
    }

    [Fact]
    public void A_changed_top_level_field_is_named_with_old_and_new_value()
    {
        var verschil = Assert.Single(Verschillen(Opleiding, Opleiding with { EersteInstroomDatum = new DateOnly(2024, 10, 1) }));

        Assert.Equal(new Verschil("eersteInstroomDatum", VerschilSoort.Gewijzigd, JsonValue.Create("2024-09-01"), JsonValue.Create("2024-10-01")), verschil, VerschilGelijk.Instance);
    }

    [Fact]
    public void A_changed_period_is_named_by_its_begindatum()
    {
        var perioden = Opleiding.Perioden.Select(p => p.Begindatum == new DateOnly(2026, 8, 1) ? p with { EigenNaamAangebodenOpleiding = "Mediamaker" } : p).ToList();

        var verschil = Assert.Single(Verschillen(Opleiding, Opleiding with { Perioden = perioden }));

        Assert.Equal("perioden[begindatum=2026-08-01].eigenNaamAangebodenOpleiding", verschil.Pad);
        Assert.Equal(VerschilSoort.Gewijzigd, verschil.Soort);
        Assert.Equal("Mediamaker", verschil.Nieuw!.GetValue<string>());
    }

    [Fact]
    public void A_cohort_left_out_is_removed_and_a_new_one_added_by_cohortcode()
    {
        var nieuw = Opleiding.Cohorten[1] with { Cohortcode = "2026-FLEX" };

        var verschillen = Verschillen(Opleiding, Opleiding with { Cohorten = [Opleiding.Cohorten[0], nieuw] });

        Assert.Collection(verschillen.OrderBy(v => v.Pad, StringComparer.Ordinal),
            v => Assert.Equal(("cohorten[cohortcode=2025-FLEX]", VerschilSoort.Verwijderd), (v.Pad, v.Soort)),
            v => Assert.Equal(("cohorten[cohortcode=2026-FLEX]", VerschilSoort.Toegevoegd), (v.Pad, v.Soort)));
    }

    [Fact]
    public void A_changed_price_inside_a_cohort_reads_as_a_removed_and_an_added_price()
    {
        var cohort = Opleiding.Cohorten[0] with { Prijzen = [new Prijs("LESGELD", 1300m), Opleiding.Cohorten[0].Prijzen[1]] };

        var verschillen = Verschillen(Opleiding, Opleiding with { Cohorten = [cohort, Opleiding.Cohorten[1]] });

        Assert.All(verschillen, v => Assert.Equal("cohorten[cohortcode=2024-SEPT].prijzen[]", v.Pad));
        Assert.Equal([VerschilSoort.Verwijderd, VerschilSoort.Toegevoegd], verschillen.Select(v => v.Soort));
    }

    [Fact]
    public void A_kenmerk_added_to_a_period_is_one_added_item()
    {
        var eerste = Opleiding.Perioden[0];
        var extra = new Kenmerk("website", KenmerkType.Tekst, "https://roc.example/media2");
        var perioden = new[] { eerste with { Kenmerken = [.. eerste.Kenmerken, extra] }, Opleiding.Perioden[1] };

        var verschil = Assert.Single(Verschillen(Opleiding, Opleiding with { Perioden = perioden }));

        Assert.Equal(("perioden[begindatum=2024-08-01].kenmerken[]", VerschilSoort.Toegevoegd), (verschil.Pad, verschil.Soort));
        Assert.Equal("https://roc.example/media2", verschil.Nieuw!["waarde"]!.GetValue<string>());
    }

    [Fact]
    public void A_field_that_becomes_null_is_removed()
    {
        var verschil = Assert.Single(Verschillen(Opleiding, Opleiding with { AfwijkendeOpleidingsduur = null }));

        Assert.Equal(("afwijkendeOpleidingsduur", VerschilSoort.Verwijderd), (verschil.Pad, verschil.Soort));
    }

    [Fact]
    public void A_new_object_is_one_addition_of_the_whole_state()
    {
        var verschil = Assert.Single(JsonVerschillen.Bepaal(null, JsonNode.Parse(RioJson.Serialize(Opleiding))));

        Assert.Equal(("", VerschilSoort.Toegevoegd), (verschil.Pad, verschil.Soort));
    }

    private static IReadOnlyList<Verschil> Verschillen(AangebodenOpleiding oud, AangebodenOpleiding nieuw) =>
        JsonVerschillen.Bepaal(JsonNode.Parse(RioJson.Serialize(oud)), JsonNode.Parse(RioJson.Serialize(nieuw)));

    private sealed class VerschilGelijk : IEqualityComparer<Verschil>
    {
        public static readonly VerschilGelijk Instance = new();

        public bool Equals(Verschil? x, Verschil? y) =>
            x is not null && y is not null && x.Pad == y.Pad && x.Soort == y.Soort
            && JsonNode.DeepEquals(x.Oud, y.Oud) && JsonNode.DeepEquals(x.Nieuw, y.Nieuw);

        public int GetHashCode(Verschil obj) => obj.Pad.GetHashCode(StringComparison.Ordinal);
    }
}
