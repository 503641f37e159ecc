using Keten.Domain.Bekostiging;
using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Rod;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Rod;

public class InschrijvingRegelsTests
{
    [Fact]
    public void A_complete_mbo_enrolment_is_accepted_with_its_preliminary_funding_status()
    {
        var b = InschrijvingMutaties.Toevoegen(Mbo(), Context());

        Assert.True(b.Goedgekeurd, string.Join(", ", Codes(b)));
        Assert.Equal(new DateOnly(2024, 10, 1), b.Bekostiging!.Teldatum);
        Assert.Equal(Bekostigingssector.MBO, b.Bekostiging.Sector);
        Assert.Equal(Bekostigingsredenen.Bekostigbaar, b.Bekostiging.Redencode);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var fout = Mbo() with { Inschrijvingvolgnummer = "1-a", DatumUitschrijvingWerkelijk = new DateOnly(2024, 7, 1), HoogsteVooropleiding = "17" };

        var b = InschrijvingMutaties.Toevoegen(fout, Context());

        Assert.False(b.Goedgekeurd);
        Assert.Equal(["ROD003", "ROD023", "ROD010", "ROD014"], Codes(b));
        Assert.Null(b.NieuweStaat);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1899, 12, 31)]
    [InlineData(2100, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_date_outside_the_years_1900_to_2099_is_refused_with_ROD018_alone_naming_the_field(int jaar, int maand, int dag)
    {
        var datum = new DateOnly(jaar, maand, dag);
        var metBpv = Mbo(leertraject: "BBL") with { Bpvs = [new Bpv("1", new(2024, 8, 1), new(2024, 8, 1), datum, null, "100000001", 800, Mediavormgever)] };

        var uitschrijving = InschrijvingMutaties.Toevoegen(Mbo() with { DatumUitschrijvingWerkelijk = datum }, Context());
        var bpv = InschrijvingMutaties.Toevoegen(metBpv, Context());

        var fout = Assert.Single(uitschrijving.Foutmeldingen);
        Assert.Equal("ROD018", fout.Foutcode);
        Assert.StartsWith("datumUitschrijvingWerkel", fout.Sleutelgegevens[0].Sleutelwaarde, StringComparison.Ordinal);
        Assert.Equal(["ROD018"], Codes(bpv));
        Assert.Equal("datumEindeGepland", bpv.Foutmeldingen[0].Sleutelgegevens[0].Sleutelwaarde);
    }

    [Fact]
    public void The_first_and_last_day_of_the_range_are_accepted()
    {
        Assert.DoesNotContain("ROD018", Codes(InschrijvingMutaties.Toevoegen(Mbo() with { DatumUitschrijvingGepland = new DateOnly(2099, 12, 31) }, Context())));
        Assert.DoesNotContain("ROD018", Codes(InschrijvingMutaties.Toevoegen(Mbo(vanaf: new DateOnly(1900, 1, 1)), Context())));
    }

    [Theory]
    [InlineData("VSV00000001")]
    [InlineData("VSV0000000001")]
    [InlineData("GEBOUW A|B 1")]
    public void A_locatiecode_vsv_that_is_not_12_letters_or_digits_is_refused_with_ROD007(string vsv)
    {
        var mbo = Mbo() with { Perioden = [MboPeriode(new(2024, 8, 1)) with { LocatiecodeVsv = vsv }] };

        Assert.Equal(["ROD007"], Codes(InschrijvingMutaties.Toevoegen(mbo, Context())));
        Assert.True(InschrijvingMutaties.Toevoegen(mbo with { Perioden = [mbo.Perioden[0] with { LocatiecodeVsv = "000012345678" }] }, Context()).Goedgekeurd);
    }

    [Fact]
    public void An_invalid_bsn_is_refused_without_echoing_it() 
    {
        var b = InschrijvingMutaties.Toevoegen(Mbo() with { Persoon = Persoonsnummer.Bsn("999990018") }, Context());

        var fout = Assert.Single(b.Foutmeldingen);
        Assert.Equal("ROD002", fout.Foutcode);
        Assert.DoesNotContain(fout.Sleutelgegevens, s => s.Sleutelwaarde.Contains("99999", StringComparison.Ordinal));
    }

    [Fact]
    public void An_instelling_of_another_board_is_refused_with_ROD004() =>
        Assert.Equal(["ROD004"], Codes(InschrijvingMutaties.Toevoegen(Mbo(), Context(bestuur: VoBestuur))).Take(1));

    [Fact]
    public void An_mbo_enrolment_at_a_vo_instelling_is_refused_with_ROD005() =>
        Assert.Contains("ROD005", Codes(InschrijvingMutaties.Toevoegen(Vo() with { Brin = MboBrin }, Context())));

    [Fact]
    public void Uitschrijving_on_the_day_of_inschrijving_is_accepted_and_the_day_before_refused()
    {
        var dag = new DateOnly(2024, 8, 1);
        Assert.True(InschrijvingMutaties.Toevoegen(Mbo() with { DatumUitschrijvingWerkelijk = dag }, Context()).Goedgekeurd);
        Assert.Contains("ROD010", Codes(InschrijvingMutaties.Toevoegen(Mbo() with { DatumUitschrijvingWerkelijk = dag.AddDays(-1) }, Context())));
    }

    [Fact]
    public void The_first_period_must_begin_on_the_datum_inschrijving() =>
        Assert.Equal(["ROD012"], Codes(InschrijvingMutaties.Toevoegen(Mbo() with { DatumInschrijving = new DateOnly(2024, 7, 31) }, Context())));

    [Fact]
    public void Two_periods_with_one_begin_are_refused() =>
        Assert.Equal(["ROD013"], Codes(InschrijvingMutaties.Toevoegen(Mbo() with { Perioden = [MboPeriode(new(2024, 8, 1)), MboPeriode(new(2024, 8, 1), "25181")] }, Context())));

    [Fact]
    public void An_enrolment_without_periods_is_refused() =>
        Assert.Equal(["ROD011"], Codes(InschrijvingMutaties.Toevoegen(Mbo() with { Perioden = [] }, Context())));

    [Fact]
    public void An_overlapping_enrolment_for_the_same_opleiding_at_the_same_instelling_is_refused_another_opleiding_is_not()
    {
        var eerder = Mbo("A", new DateOnly(2023, 8, 1));

        Assert.Equal(["ROD015"], Codes(InschrijvingMutaties.Toevoegen(Mbo("B"), Context(anderen: [eerder]))));
        Assert.True(InschrijvingMutaties.Toevoegen(Mbo("B", opleiding: Verkoopmedewerker), Context(anderen: [eerder])).Goedgekeurd);
        Assert.True(InschrijvingMutaties.Toevoegen(Mbo("B"), Context(anderen: [eerder with { DatumUitschrijvingWerkelijk = new(2024, 7, 31) }])).Goedgekeurd);
    }

    [Fact]
    public void A_vo_pupil_enrolled_at_another_vo_school_on_the_same_day_is_refused_the_day_after_its_uitschrijving_is_accepted()
    {
        var elders = Vo("X", new DateOnly(2023, 8, 1), brin: "13CD", aanbieder: AnderVoAanbieder);

        var overlap = InschrijvingMutaties.Toevoegen(Vo(vanaf: new(2024, 1, 8)), Context(VoBestuur, anderen: [elders with { DatumUitschrijvingWerkelijk = new(2024, 1, 8) }]));
        var aansluitend = InschrijvingMutaties.Toevoegen(Vo(vanaf: new(2024, 1, 8)), Context(VoBestuur, anderen: [elders with { DatumUitschrijvingWerkelijk = new(2024, 1, 7) }], vandaag: new(2024, 1, 8)));

        Assert.Equal(["ROD016"], Codes(overlap));
        Assert.True(aansluitend.Goedgekeurd);
        Assert.Empty(aansluitend.Signalen);
    }

    [Fact]
    public void A_transfer_with_days_between_the_two_schools_is_accepted_with_RS003()
    {
        var elders = Vo("X", new DateOnly(2023, 8, 1), brin: "13CD", aanbieder: AnderVoAanbieder) with { DatumUitschrijvingWerkelijk = new(2024, 1, 5) };

        var b = InschrijvingMutaties.Toevoegen(Vo(vanaf: new(2024, 1, 8)), Context(VoBestuur, anderen: [elders], vandaag: new(2024, 1, 8)));

        Assert.True(b.Goedgekeurd);
        Assert.Equal("RS003", Assert.Single(b.Signalen).Signaalcode);
    }

    [Fact]
    public void A_vo_enrolment_in_august_after_the_first_gets_RS002()
    {
        var b = InschrijvingMutaties.Toevoegen(Vo(vanaf: new(2024, 8, 19)), Context(VoBestuur, vandaag: new(2024, 8, 19)));

        Assert.Equal(["RS002"], b.Signalen.Select(s => s.Signaalcode));
        Assert.Empty(InschrijvingMutaties.Toevoegen(Vo(vanaf: new(2024, 8, 1)), Context(VoBestuur)).Signalen);
    }

    [Fact]
    public void A_delivery_more_than_7_days_after_the_inschrijving_gets_RS001()
    {
        Assert.Empty(InschrijvingMutaties.Toevoegen(Mbo(), Context(vandaag: new(2024, 8, 8))).Signalen);
        Assert.Equal("RS001", Assert.Single(InschrijvingMutaties.Toevoegen(Mbo(), Context(vandaag: new(2024, 8, 9))).Signalen).Signaalcode);
    }

    [Theory]
    [InlineData("BOL_DT", "2023-07-31", true)]
    [InlineData("BOL_DT", "2023-08-01", false)]
    [InlineData("ODT", "2018-12-31", false)]
    [InlineData("ODT", "2019-01-01", true)]
    [InlineData("BBX", "2024-08-01", false)]
    public void A_leertraject_must_be_valid_on_the_datum_begin(string leertraject, string datum, bool goed)
    {
        var dag = DateOnly.Parse(datum, System.Globalization.CultureInfo.InvariantCulture);
        var b = InschrijvingMutaties.Toevoegen(Mbo(vanaf: dag, leertraject: leertraject), Context(vandaag: dag));

        Assert.Equal(goed, b.Goedgekeurd);
        Assert.Equal(goed ? [] : ["ROD020"], Codes(b));
    }

    [Fact]
    public void A_niveau_other_than_the_crebo_recognition_is_refused_and_an_absent_one_is_derived()
    {
        var fout = Mbo() with { Perioden = [MboPeriode(new(2024, 8, 1)) with { Niveau = "MBO-3" }] };

        Assert.Equal(["ROD021"], Codes(InschrijvingMutaties.Toevoegen(fout, Context())));
        Assert.Equal("MBO-4", Keten.Domain.Rod.Regels.PeriodeRegels.MboNiveau(MboPeriode(new(2024, 8, 1)), RodTestdata.Referentie));
    }

    [Fact]
    public void An_unknown_crebo_is_refused_with_ROD022() =>
        Assert.Equal(["ROD022"], Codes(InschrijvingMutaties.Toevoegen(Mbo(opleiding: "99999"), Context())));

    [Fact]
    public void A_vo_period_needs_a_leerjaar_from_1_to_6_and_a_known_vakerkenning()
    {
        Assert.Equal(["ROD024"], Codes(InschrijvingMutaties.Toevoegen(Vo(leerjaar: 7), Context(VoBestuur))));
        Assert.Equal(["ROD022"], Codes(InschrijvingMutaties.Toevoegen(Vo() with { Perioden = [VoPeriode(new(2024, 8, 1)) with { Niveau = "VO-VMBO-TL" }] }, Context(VoBestuur))));
    }

    [Fact]
    public void Mbo_fields_on_a_vo_enrolment_are_refused_with_ROD029() =>
        Assert.Equal(["ROD029", "ROD029"], Codes(InschrijvingMutaties.Toevoegen(Vo() with { HoogsteVooropleiding = "04", Bpvs = [Bpv()] }, Context(VoBestuur))));

    [Fact]
    public void A_diploma_dated_on_the_werkelijke_datum_uitschrijving_is_accepted_and_another_day_refused()
    {
        var uit = new DateOnly(2025, 7, 4);
        var metDiploma = Mbo() with { DatumUitschrijvingWerkelijk = uit, RedenUitstroom = "08", Diplomas = [new Diploma("D1", Mediavormgever, uit, true)] };

        Assert.True(InschrijvingMutaties.Toevoegen(metDiploma, Context()).Goedgekeurd);
        Assert.Equal(["ROD050"], Codes(InschrijvingMutaties.Toevoegen(metDiploma with { Diplomas = [new Diploma("D1", Mediavormgever, uit.AddDays(-1), true)] }, Context())));
        Assert.Equal(["ROD052"], Codes(InschrijvingMutaties.Toevoegen(metDiploma with { Diplomas = [new Diploma("D1", Verkoopmedewerker, uit, true)] }, Context())));
    }

    [Theory]
    [InlineData("100000000", true)]
    [InlineData("999999999", true)]
    [InlineData("099999999", false)]
    [InlineData("12345678", false)]
    public void A_leerbedrijf_id_is_nine_digits_from_100000000(string id, bool goed) =>
        Assert.Equal(goed ? [] : ["ROD060"], Codes(InschrijvingMutaties.Toevoegen(Mbo() with { Bpvs = [Bpv() with { LeerbedrijfId = id }] }, Context())));

    [Fact]
    public void A_bpv_ending_before_it_begins_and_a_repeated_volgnummer_are_refused() =>
        Assert.Equal(["ROD051", "ROD061"], Codes(InschrijvingMutaties.Toevoegen(
            Mbo() with { Bpvs = [Bpv(), Bpv() with { DatumEindeGepland = new(2024, 8, 31) }] }, Context())));

    [Fact]
    public void Toevoegen_of_an_existing_enrolment_and_aanpassen_of_a_missing_one_are_refused()
    {
        Assert.Equal(["ROD040"], Codes(InschrijvingMutaties.Toevoegen(Mbo(), Context(bestaand: Mbo()))));
        Assert.Equal(["ROD041"], Codes(InschrijvingMutaties.Aanpassen(Mbo(), Context())));
        Assert.Equal(["ROD041"], Codes(InschrijvingMutaties.Verwijderen(Mbo().Sleutel, Context())));
    }

    [Fact]
    public void Uitschrijven_ends_the_stored_enrolment_and_adds_its_diplomas()
    {
        var uit = new DateOnly(2025, 7, 4);
        var b = InschrijvingMutaties.Uitschrijven(new Uitschrijving(Mbo().Sleutel, uit, "08", [new Diploma("D1", Mediavormgever, uit, true)]), Context(bestaand: Mbo(), vandaag: uit));

        Assert.True(b.Goedgekeurd);
        Assert.Equal(uit, b.NieuweStaat!.DatumUitschrijvingWerkelijk);
        Assert.Equal("08", b.NieuweStaat.RedenUitstroom);
        Assert.Single(b.NieuweStaat.Diplomas);
    }

    [Fact]
    public void Verwijderen_by_another_board_is_refused() =>
        Assert.Equal(["ROD004"], Codes(InschrijvingMutaties.Verwijderen(Mbo().Sleutel, Context(VoBestuur, bestaand: Mbo()))));

    [Fact]
    public void A_bbl_period_without_bpv_is_accepted_with_RS004_and_no_funding_yet()
    {
        var b = InschrijvingMutaties.Toevoegen(Mbo(leertraject: "BBL"), Context());

        Assert.Equal(["RS004"], b.Signalen.Select(s => s.Signaalcode));
        Assert.Equal(Bekostigingsredenen.BblZonderPraktijkovereenkomst, b.Bekostiging!.Redencode);
        Assert.Equal(Bekostigingssector.MBO, InschrijvingMutaties.Toevoegen(Mbo(leertraject: "BBL") with { Bpvs = [Bpv()] }, Context()).Bekostiging!.Sector);
    }

    internal static Bpv Bpv() => new("P1", new(2024, 8, 20), new(2024, 9, 2), new(2025, 6, 30), null, "123456789", 800, Mediavormgever);
}
