using Keten.Domain.Rod;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Rod;

/// <summary>
/// Domain.md rule 11: an MBO enrolment from 2024-08-01 counts on 1 October 2024 and 1 February 2025 (funding year 2026),
/// whose mutation stop begins on 1 June 2025.
/// </summary>
public class MutatiestopTests
{
    private static readonly DateOnly DagVoorStop = new(2025, 5, 31);
    private static readonly DateOnly Stop = new(2025, 6, 1);
    private static readonly DateOnly DagNaStop = new(2025, 6, 2);

    private static readonly Inschrijving Bestaand = Mbo();

    [Fact]
    public void The_stop_of_the_teldata_of_funding_year_2026_begins_on_1_june_2025()
    {
        Assert.Equal(Stop, Keten.Domain.Rod.Regels.Mutatiestop.Ingang(2026));
    }

    [Fact]
    public void Changing_the_opleidingcode_on_a_teldatum_passes_the_day_before_the_stop()
    {
        var b = Aanpassen(Mbo(opleiding: Verkoopmedewerker), DagVoorStop);

        Assert.True(b.Goedgekeurd, string.Join(", ", Codes(b)));
        Assert.DoesNotContain(b.Signalen, s => s.Signaalcode == "RS005");
    }

    [Theory]
    [MemberData(nameof(OpEnNaDeStop))]
    public void Changing_the_opleidingcode_on_a_teldatum_is_refused_on_and_after_the_stop_naming_field_and_teldatum(DateOnly vandaag)
    {
        var b = Aanpassen(Mbo(opleiding: Verkoopmedewerker), vandaag);

        var fout = Assert.Single(b.Foutmeldingen);
        Assert.Equal("ROD080", fout.Foutcode);
        Assert.Contains(fout.Sleutelgegevens, s => s is { Sleutelnaam: "veld", Sleutelwaarde: "opleidingcode" });
        Assert.Contains(fout.Sleutelgegevens, s => s is { Sleutelnaam: "teldatum", Sleutelwaarde: "2024-10-01" });
    }

    public static TheoryData<DateOnly> OpEnNaDeStop() => new(Stop, DagNaStop);

    [Fact]
    public void With_an_accountantsverklaring_the_change_is_accepted_with_a_signal()
    {
        var b = Aanpassen(Mbo(opleiding: Verkoopmedewerker), DagNaStop, accountantsverklaring: true);

        Assert.True(b.Goedgekeurd);
        var signaal = Assert.Single(b.Signalen, s => s.Signaalcode == "RS005");
        Assert.Contains(signaal.Sleutelgegevens, s => s is { Sleutelnaam: "veld", Sleutelwaarde: "opleidingcode" });
    }

    [Fact]
    public void Each_funding_field_is_named_once_with_its_earliest_teldatum()
    {
        var b = Aanpassen(Mbo(opleiding: Verkoopmedewerker, leertraject: "BBL", bekostigbaar: false), DagNaStop);

        Assert.Equal(["opleidingcode", "leertraject", "indicatieBekostigbaar"], b.Foutmeldingen.Select(f => f.Sleutelgegevens[0].Sleutelwaarde));
        Assert.All(b.Foutmeldingen, f => Assert.Equal("2024-10-01", f.Sleutelgegevens[1].Sleutelwaarde));
    }

    [Fact]
    public void A_non_funding_field_changes_after_the_stop()
    {
        var b = Aanpassen(Bestaand with { HoogsteVooropleiding = "05", DatumUitschrijvingGepland = new DateOnly(2027, 7, 31) }, DagNaStop);

        Assert.True(b.Goedgekeurd, string.Join(", ", Codes(b)));
    }

    [Fact]
    public void A_change_that_leaves_the_teldata_as_they_were_passes_after_the_stop()
    {
        var later = Bestaand with
        {
            DatumInschrijving = new DateOnly(2024, 9, 1),
            Perioden = [MboPeriode(new DateOnly(2024, 9, 1)), MboPeriode(new DateOnly(2025, 8, 1), Verkoopmedewerker)],
        };

        var b = Aanpassen(later, DagNaStop);

        Assert.True(b.Goedgekeurd, string.Join(", ", Codes(b)));
        Assert.DoesNotContain(b.Signalen, s => s.Signaalcode == "RS005");
    }

    [Fact]
    public void A_change_on_the_second_teldatum_only_names_1_february()
    {
        var b = Aanpassen(Bestaand with { Perioden = [MboPeriode(Bestaand.DatumInschrijving), MboPeriode(new DateOnly(2025, 1, 15), bekostigbaar: false)] }, DagNaStop);

        var fout = Assert.Single(b.Foutmeldingen);
        Assert.Equal(["indicatieBekostigbaar", "2025-02-01"], fout.Sleutelgegevens.Select(s => s.Sleutelwaarde));
    }

    [Fact]
    public void Unenrolling_before_a_closed_teldatum_is_refused_naming_the_datum_uitschrijving()
    {
        var b = InschrijvingMutaties.Uitschrijven(new Uitschrijving(Bestaand.Sleutel, new DateOnly(2025, 1, 31), "02", []), Context(bestaand: Bestaand, vandaag: DagNaStop));

        var fout = Assert.Single(b.Foutmeldingen);
        Assert.Equal(["ROD080", "datumUitschrijving", "2025-02-01"], [fout.Foutcode, .. fout.Sleutelgegevens.Select(s => s.Sleutelwaarde)]);
    }

    [Fact]
    public void Unenrolling_after_the_closed_teldata_passes()
    {
        var b = InschrijvingMutaties.Uitschrijven(new Uitschrijving(Bestaand.Sleutel, new DateOnly(2025, 6, 1), "02", []), Context(bestaand: Bestaand, vandaag: DagNaStop));

        Assert.True(b.Goedgekeurd, string.Join(", ", Codes(b)));
    }

    [Fact]
    public void Removing_an_enrolment_that_counted_needs_the_accountantsverklaring()
    {
        var zonder = InschrijvingMutaties.Verwijderen(Bestaand.Sleutel, Context(bestaand: Bestaand, vandaag: DagNaStop));
        var met = InschrijvingMutaties.Verwijderen(Bestaand.Sleutel, Context(bestaand: Bestaand, vandaag: DagNaStop) with { Accountantsverklaring = true });

        Assert.Equal(["ROD080"], Codes(zonder));
        Assert.Equal("inschrijving", zonder.Foutmeldingen[0].Sleutelgegevens[0].Sleutelwaarde);
        Assert.True(met.Goedgekeurd);
        Assert.Equal(["RS005"], met.Signalen.Select(s => s.Signaalcode));
    }

    [Fact]
    public void Adding_an_enrolment_that_would_count_on_a_closed_teldatum_is_refused_before_and_passes_the_day_before()
    {
        Assert.Equal(["ROD080"], Codes(InschrijvingMutaties.Toevoegen(Bestaand, Context(vandaag: Stop))));
        Assert.True(InschrijvingMutaties.Toevoegen(Bestaand, Context(vandaag: DagVoorStop)).Goedgekeurd);
    }

    [Fact]
    public void A_bbl_enrolments_praktijkovereenkomst_concluded_by_31_december_is_a_funding_field()
    {
        var bbl = Mbo(leertraject: "BBL") with { Bpvs = [new Bpv("1", new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 2), new DateOnly(2025, 7, 31), null, "100000001", 800, Mediavormgever)] };
        var later = bbl with { Bpvs = [bbl.Bpvs[0] with { Afsluitdatum = new DateOnly(2025, 1, 10) }] };
        var na2024 = bbl with { Bpvs = [.. bbl.Bpvs, bbl.Bpvs[0] with { Volgnummer = "2", Afsluitdatum = new DateOnly(2025, 3, 1) }] };

        var b = InschrijvingMutaties.Aanpassen(later, Context(bestaand: bbl, vandaag: DagNaStop));

        Assert.Equal(["bpv"], b.Foutmeldingen.Select(f => f.Sleutelgegevens[0].Sleutelwaarde));
        Assert.True(InschrijvingMutaties.Aanpassen(na2024, Context(bestaand: bbl, vandaag: DagNaStop)).Goedgekeurd);
    }

    [Fact]
    public void A_diploma_of_a_closed_calendar_year_is_a_funding_field()
    {
        var uitgeschreven = Bestaand with
        {
            DatumUitschrijvingWerkelijk = new DateOnly(2024, 12, 20),
            RedenUitstroom = "08",
            Diplomas = [new Diploma("D1", Mediavormgever, new DateOnly(2024, 12, 20), true)],
        };

        var b = InschrijvingMutaties.Aanpassen(uitgeschreven with { Diplomas = [uitgeschreven.Diplomas[0] with { IndicatieBekostigbaar = false }] },
            Context(bestaand: uitgeschreven, vandaag: DagNaStop));

        Assert.Equal(["diploma"], b.Foutmeldingen.Select(f => f.Sleutelgegevens[0].Sleutelwaarde));
    }

    [Fact]
    public void A_vo_enrolment_is_not_under_the_mbo_mutation_stop()
    {
        var vo = Vo();

        var b = InschrijvingMutaties.Aanpassen(vo with { Perioden = [vo.Perioden[0] with { IndicatieBekostigbaar = false }] }, Context(VoBestuur, bestaand: vo, vandaag: DagNaStop));

        Assert.True(b.Goedgekeurd, string.Join(", ", Codes(b)));
    }

    private static InschrijvingBeoordeling Aanpassen(Inschrijving nieuw, DateOnly vandaag, bool accountantsverklaring = false) =>
        InschrijvingMutaties.Aanpassen(nieuw, Context(bestaand: Bestaand, vandaag: vandaag) with { Accountantsverklaring = accountantsverklaring });
}
