using System.Text;
using Keten.Domain.Referentie;
using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Referentie;

public class ReferentiedataReaderTests
{
    private static IReadOnlyList<string> Fouten(string json)
    {
        var resultaat = ReferentiedataReader.Read(json);
        Assert.False(resultaat.IsGeldig);
        Assert.Null(resultaat.Referentiedata);
        return [.. resultaat.Fouten.Select(f => f.ToString())];
    }

    private static void EnigeFout(string json, string verwacht) => Assert.Equal([verwacht], Fouten(json));

    [Fact]
    public void A_valid_file_gives_every_item()
    {
        var resultaat = ReferentiedataReader.Read(Voorbeeldbestand.Geldig);

        Assert.True(resultaat.IsGeldig, string.Join("\n", resultaat.Fouten));
        Assert.Empty(resultaat.Fouten);
        var data = resultaat.Referentiedata!;
        Assert.Equal(new Onderwijsbestuur("100B001", "Stichting ROC Voorbeeld", "41234567", "00000001123456789000"), data.Onderwijsbesturen[0]);
        Assert.Null(data.Onderwijsbesturen[1].KvkNummer);
        Assert.Equal(new ErkendeInstelling("99VA", "Lyceum Zuidrand", Sector.VO, "100B002", new DateOnly(1985, 8, 1), null), data.ErkendeInstellingen[1]);
        Assert.Equal(new DateOnly(2022, 8, 1), data.Erkenning("CREBO", "25187")!.Einddatum);
        Assert.Equal("vmbo kader, profiel PIE", data.Vakerkenning("ILT", "0137", "VO-VMBO-KB")!.Naam);
        Assert.Equal(new LegacyToken("jbeheerder", "JBSWY3DPEHPK3PXP"), data.Medewerkers[0].LegacyToken);
        Assert.Null(data.Medewerkers[1].LegacyToken);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var json = Voorbeeldbestand.Met("\"code\": \"100B001\",", "\"code\": \"100B001\", \"website\": {\"url\": 1},")
            .Replace("\"medewerkers\":", "\"versie\": 3, \"medewerkers\":", StringComparison.Ordinal);

        Assert.True(ReferentiedataReader.Read(json).IsGeldig);
    }

    [Fact]
    public void Medewerkers_may_be_left_out()
    {
        var zonder = Voorbeeldbestand.Geldig[..Voorbeeldbestand.Geldig.IndexOf(",\n  \"medewerkers\"", StringComparison.Ordinal)] + "\n}";

        var resultaat = ReferentiedataReader.Read(zonder);

        Assert.True(resultaat.IsGeldig, string.Join("\n", resultaat.Fouten));
        Assert.Empty(resultaat.Referentiedata!.Medewerkers);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Voorbeeldbestand.Geldig)];

        Assert.True(ReferentiedataReader.Read(bytes).IsGeldig);
    }

    [Fact]
    public void Invalid_json_is_refused_with_its_line() =>
        Assert.StartsWith("regel 8: geen geldige JSON", Assert.Single(Fouten(Voorbeeldbestand.Met("\"sector\": \"VO\",", "\"sector\": \"VO\",,"))));

    [Fact]
    public void Comments_are_not_json() =>
        Assert.StartsWith("regel 2: geen geldige JSON", Assert.Single(Fouten(Voorbeeldbestand.Met("\"onderwijsbesturen\": [", "\"onderwijsbesturen\": [ // besturen"))));

    [Fact]
    public void An_empty_file_is_refused()
    {
        EnigeFout("", "regel 1: geen geldige JSON: het bestand is leeg");
        EnigeFout(" \n\r\n\t", "regel 1: geen geldige JSON: het bestand is leeg");
    }

    [Fact]
    public void A_file_that_is_no_object_is_refused() =>
        EnigeFout("[]", "regel 1: het bestand is een lijst, verwacht: object");

    [Fact]
    public void A_wrong_brin_names_line_and_field() =>
        EnigeFout(Voorbeeldbestand.Met("\"brin\": \"99VA\"", "\"brin\": \"25L\""), "regel 8, veld erkendeInstellingen[1].brin: '25L' is geen BRIN4 (nnXX)");

    [Fact]
    public void A_school_OIN_with_the_letters_of_its_BRIN_is_accepted()
    {
        var resultaat = ReferentiedataReader.Read(Voorbeeldbestand.Met("\"oin\": \"00000001123456789000\"", "\"oin\": \"0000000700025BE00000\""));

        Assert.True(resultaat.IsGeldig, string.Join("\n", resultaat.Fouten));
        Assert.Equal("100B001", resultaat.Referentiedata!.BestuurMetOin("0000000700025BE00000")?.Code);
    }

    [Theory]
    [InlineData("\"oin\": \"0000000700025be00000\"")]
    [InlineData("\"oin\": \"0000000700025BE0000\"")]
    public void An_OIN_refused_in_a_wsa_header_is_refused_in_the_reference_data(string oin)
    {
        Assert.False(Keten.Contract.Soap.Oin.IsGeldig(oin[8..^1]));
        Assert.Equal("regel 3, veld onderwijsbesturen[0].oin: '" + oin[8..^1] + "' is geen OIN (20 cijfers of hoofdletters)",
            Fouten(Voorbeeldbestand.Met("\"oin\": \"00000001123456789000\"", oin))[0]);
    }

    [Theory]
    [InlineData("\"code\": \"100B001\"", "\"code\": \"100A001\"", "regel 3, veld onderwijsbesturen[0].code: '100A001' is geen onderwijsbestuurcode (nnnBnnn)")]
    [InlineData("\"oin\": \"00000001123456789000\"", "\"oin\": \"0000000112345678900\"", "regel 3, veld onderwijsbesturen[0].oin: '0000000112345678900' is geen OIN (20 cijfers of hoofdletters)")]
    [InlineData("\"kvkNummer\": \"41234567\"", "\"kvkNummer\": \"4123456\"", "regel 3, veld onderwijsbesturen[0].kvkNummer: '4123456' is geen KvK-nummer (8 cijfers)")]
    [InlineData("\"sector\": \"MBO\"", "\"sector\": \"HO\"", "regel 7, veld erkendeInstellingen[0].sector: 'HO' is geen sector (MBO of VO)")]
    [InlineData("\"sector\": \"MBO\"", "\"sector\": \"mbo\"", "regel 7, veld erkendeInstellingen[0].sector: 'mbo' is geen sector (MBO of VO)")]
    [InlineData("\"niveau\": \"MBO-4\", \"begindatum\": \"2020", "\"niveau\": \"MBO-5\", \"begindatum\": \"2020", "regel 11, veld opleidingserkenningen[0].niveau: 'MBO-5' is geen kwalificatieniveau (MBO-1 t/m MBO-4)")]
    [InlineData("\"opleidingscode\": \"25604\"", "\"opleidingscode\": \"2560\"", "regel 11, veld opleidingserkenningen[0].opleidingscode: '2560' is geen CREBO-code (5 cijfers)")]
    [InlineData("\"opleidingsniveau\": \"VO-VMBO-KB\"", "\"opleidingsniveau\": \"MBO-2\"", "regel 15, veld voVakerkenningen[0].opleidingsniveau: 'MBO-2' is geen VO-niveaucode (VO-PRO, VO-VMBO-BB/KB/GL/TL, VO-HAVO, VO-VWO)")]
    [InlineData("\"opleidingscode\": \"0137\"", "\"opleidingscode\": \"137\"", "regel 15, veld voVakerkenningen[0].opleidingscode: '137' is geen ILT-code (4 cijfers)")]
    [InlineData("\"begindatum\": \"1985-08-01\"", "\"begindatum\": \"1985-8-1\"", "regel 8, veld erkendeInstellingen[1].begindatum: '1985-8-1' is geen datum (JJJJ-MM-DD)")]
    [InlineData("\"begindatum\": \"1985-08-01\"", "\"begindatum\": \"1985-02-30\"", "regel 8, veld erkendeInstellingen[1].begindatum: '1985-02-30' is geen datum (JJJJ-MM-DD)")]
    public void A_code_in_the_wrong_format_is_refused(string oud, string nieuw, string verwacht) =>
        Assert.Equal(verwacht, Fouten(Voorbeeldbestand.Met(oud, nieuw))[0]);

    [Fact]
    public void A_boards_life_and_an_instellings_erkenner_are_read_when_given_and_left_empty_when_not()
    {
        var json = Voorbeeldbestand.Met("\"oin\": \"00000001123456789000\"}", "\"oin\": \"00000001123456789000\", \"inBedrijfdatum\": \"1996-01-01\", \"uitBedrijfdatum\": \"2030-08-01\"}")
            .Replace("\"begindatum\": \"1985-08-01\", \"einddatum\": null}", "\"begindatum\": \"1985-08-01\", \"einddatum\": null, \"erkenner\": \"NRTO\"}", StringComparison.Ordinal);

        var data = ReferentiedataReader.Read(json).Referentiedata!;

        Assert.Equal((new DateOnly(1996, 1, 1), new DateOnly(2030, 8, 1)), (data.Onderwijsbesturen[0].InBedrijfdatum, data.Onderwijsbesturen[0].UitBedrijfdatum));
        Assert.Equal((null, null), (data.Onderwijsbesturen[1].InBedrijfdatum, data.Onderwijsbesturen[1].UitBedrijfdatum));
        Assert.Equal("NRTO", data.ErkendeInstellingen[1].Erkenner);
        Assert.False(data.ErkendeInstellingen[1].DoorOcwErkend());
        Assert.Null(data.ErkendeInstellingen[0].Erkenner);
        Assert.True(data.ErkendeInstellingen[0].DoorOcwErkend());
    }

    [Theory]
    [InlineData("\"inBedrijfdatum\": \"2030-08-01\", \"uitBedrijfdatum\": \"2030-08-01\"", "regel 3, veld onderwijsbesturen[0].uitBedrijfdatum: 2030-08-01 ligt niet na inBedrijfdatum 2030-08-01")]
    [InlineData("\"inBedrijfdatum\": \"1996-8-1\"", "regel 3, veld onderwijsbesturen[0].inBedrijfdatum: '1996-8-1' is geen datum (JJJJ-MM-DD)")]
    public void A_boards_uit_bedrijf_not_after_its_in_bedrijf_or_a_malformed_date_is_refused(string velden, string verwacht) =>
        EnigeFout(Voorbeeldbestand.Met("\"oin\": \"00000001123456789000\"}", $"\"oin\": \"00000001123456789000\", {velden}}}"), verwacht);

    [Theory]
    [InlineData("ocw")]
    [InlineData("O")]
    [InlineData("EEN-ERKENNER")]
    public void An_erkenner_outside_the_value_list_format_is_refused(string erkenner) =>
        EnigeFout(Voorbeeldbestand.Met("\"begindatum\": \"1985-08-01\", \"einddatum\": null}", $"\"begindatum\": \"1985-08-01\", \"einddatum\": null, \"erkenner\": \"{erkenner}\"}}"),
            $"regel 8, veld erkendeInstellingen[1].erkenner: '{erkenner}' is geen erkenner (2 tot 20 hoofdletters, cijfers of _, zoals OCW of NRTO)");

    [Fact]
    public void Items_that_refer_to_a_board_whose_code_is_malformed_are_reported_too() =>
        Assert.Equal(
        [
            "regel 3, veld onderwijsbesturen[0].code: '100A001' is geen onderwijsbestuurcode (nnnBnnn)",
            "regel 7, veld erkendeInstellingen[0].onderwijsbestuurcode: onderwijsbestuur '100B001' komt niet voor in onderwijsbesturen",
            "regel 18, veld medewerkers[0].onderwijsbestuurcode: onderwijsbestuur '100B001' komt niet voor in onderwijsbesturen",
        ], Fouten(Voorbeeldbestand.Met("\"code\": \"100B001\"", "\"code\": \"100A001\"")));

    [Fact]
    public void An_einddatum_must_lie_after_the_begindatum()
    {
        EnigeFout(Voorbeeldbestand.Met("\"einddatum\": \"2022-08-01\"", "\"einddatum\": \"2016-08-01\""),
            "regel 12, veld opleidingserkenningen[1].einddatum: 2016-08-01 ligt niet na begindatum 2016-08-01");
        EnigeFout(Voorbeeldbestand.Met("\"einddatum\": \"2022-08-01\"", "\"einddatum\": \"2015-08-01\""),
            "regel 12, veld opleidingserkenningen[1].einddatum: 2015-08-01 ligt niet na begindatum 2016-08-01");
    }

    [Theory]
    [InlineData("\"naam\": \"Stichting ROC Voorbeeld\", ", "", "regel 3, veld onderwijsbesturen[0].naam: ontbreekt")]
    [InlineData("\"naam\": \"Stichting ROC Voorbeeld\"", "\"naam\": null", "regel 3, veld onderwijsbesturen[0].naam: mag niet null zijn")]
    [InlineData("\"naam\": \"Stichting ROC Voorbeeld\"", "\"naam\": \"  \"", "regel 3, veld onderwijsbesturen[0].naam: mag niet leeg zijn")]
    [InlineData(", \"begindatum\": \"1996-08-01\"", "", "regel 7, veld erkendeInstellingen[0].begindatum: ontbreekt")]
    [InlineData("\"rol\": \"beheerder\"}", "\"rol\": true}", "regel 19, veld medewerkers[1].rol: is een boolean, verwacht: tekst")]
    [InlineData("\"gebruikersnaam\": \"jbeheerder\", ", "", "regel 18, veld medewerkers[0].legacyToken.gebruikersnaam: ontbreekt")]
    [InlineData("\"legacyToken\": {", "\"legacyToken\": [{", "regel 18, veld medewerkers[0].legacyToken: is een lijst, verwacht: object")]
    public void A_missing_or_mistyped_field_is_refused(string oud, string nieuw, string verwacht)
    {
        var json = Voorbeeldbestand.Met(oud, nieuw);
        if (nieuw.EndsWith("[{", StringComparison.Ordinal))
        {
            json = json.Replace("3PXP\"}}", "3PXP\"}]}", StringComparison.Ordinal);
        }

        EnigeFout(json, verwacht);
    }

    [Fact]
    public void A_field_of_the_wrong_json_type_is_refused() =>
        Assert.Equal("regel 3, veld onderwijsbesturen[0].code: is een getal, verwacht: tekst", Fouten(Voorbeeldbestand.Met("\"code\": \"100B001\"", "\"code\": 100"))[0]);

    [Fact]
    public void A_missing_section_is_refused() =>
        EnigeFout(Voorbeeldbestand.Met("\"voVakerkenningen\": [", "\"vakerkenningen\": ["), "regel 1, veld voVakerkenningen: ontbreekt");

    [Fact]
    public void A_section_that_is_no_list_is_refused() =>
        EnigeFout(Voorbeeldbestand.Met("\"voVakerkenningen\": [", "\"voVakerkenningen\": {\"x\": [").Replace("null}\n  ],\n  \"medewerkers", "null}\n  ]},\n  \"medewerkers", StringComparison.Ordinal),
            "regel 14, veld voVakerkenningen: is een object, verwacht: lijst");

    [Fact]
    public void An_item_that_is_no_object_is_refused() =>
        EnigeFout(Voorbeeldbestand.Met("\"medewerkers\": [", "\"medewerkers\": [\"J. Beheerder\","),
            "regel 17, veld medewerkers[0]: is een tekst, verwacht: object");

    [Fact]
    public void A_field_given_twice_in_one_object_is_refused() =>
        EnigeFout(Voorbeeldbestand.Met("\"brin\": \"99MA\",", "\"brin\": \"99MA\", \"brin\": \"99MB\","),
            "regel 7, veld erkendeInstellingen[0].brin: komt meer dan eens voor in het object (eerst op regel 7)");

    [Fact]
    public void An_institution_of_an_unknown_board_is_refused() =>
        EnigeFout(Voorbeeldbestand.Met("\"onderwijsbestuurcode\": \"100B002\", \"begindatum\": \"1985", "\"onderwijsbestuurcode\": \"100B009\", \"begindatum\": \"1985"),
            "regel 8, veld erkendeInstellingen[1].onderwijsbestuurcode: onderwijsbestuur '100B009' komt niet voor in onderwijsbesturen");

    [Fact]
    public void A_medewerker_of_an_unknown_board_is_refused() =>
        EnigeFout(Voorbeeldbestand.Met("\"onderwijsbestuurcode\": \"100B002\", \"naam\": \"S. Bakker\"", "\"onderwijsbestuurcode\": \"100B003\", \"naam\": \"S. Bakker\""),
            "regel 19, veld medewerkers[1].onderwijsbestuurcode: onderwijsbestuur '100B003' komt niet voor in onderwijsbesturen");

    [Fact]
    public void A_board_with_a_wrong_oin_still_counts_as_known_so_only_the_oin_is_reported() =>
        EnigeFout(Voorbeeldbestand.Met("\"oin\": \"00000001123456789001\"", "\"oin\": \"x\""),
            "regel 4, veld onderwijsbesturen[1].oin: 'x' is geen OIN (20 cijfers of hoofdletters)");

    [Fact]
    public void Duplicate_board_codes_are_refused() =>
        EnigeFout(Voorbeeldbestand.Met("{\"code\": \"100B002\"", "{\"code\": \"100B001\"").Replace("\"onderwijsbestuurcode\": \"100B002\"", "\"onderwijsbestuurcode\": \"100B001\"", StringComparison.Ordinal),
            "regel 4, veld onderwijsbesturen[1].code: '100B001' komt al voor (onderwijsbesturen[0], regel 3)");

    [Fact]
    public void Duplicate_oins_are_refused() =>
        EnigeFout(Voorbeeldbestand.Met("00000001123456789001", "00000001123456789000"),
            "regel 4, veld onderwijsbesturen[1].oin: '00000001123456789000' komt al voor (onderwijsbesturen[0], regel 3)");

    [Fact]
    public void Duplicate_brins_are_refused() =>
        EnigeFout(Voorbeeldbestand.Met("\"brin\": \"99VA\"", "\"brin\": \"99MA\""),
            "regel 8, veld erkendeInstellingen[1].brin: '99MA' komt al voor (erkendeInstellingen[0], regel 7)");

    [Fact]
    public void Duplicate_erkenningen_are_refused() =>
        EnigeFout(Voorbeeldbestand.Met("\"opleidingscode\": \"25187\"", "\"opleidingscode\": \"25604\""),
            "regel 12, veld opleidingserkenningen[1].opleidingscode: 'CREBO 25604' komt al voor (opleidingserkenningen[0], regel 11)");

    [Fact]
    public void The_same_vakerkenning_code_on_another_niveau_is_no_duplicate()
    {
        var regel = "{\"opleidingsstelsel\": \"ILT\", \"opleidingscode\": \"0137\", \"opleidingsniveau\": \"VO-VMBO-KB\", \"naam\": \"vmbo kader, profiel PIE\", \"begindatum\": \"2016-08-01\", \"einddatum\": null}";
        var anderNiveau = Voorbeeldbestand.Met(regel, regel + ",\n    " + regel.Replace("VO-VMBO-KB", "VO-VMBO-BB", StringComparison.Ordinal));
        var zelfdeNiveau = Voorbeeldbestand.Met(regel, regel + ",\n    " + regel);

        Assert.True(ReferentiedataReader.Read(anderNiveau).IsGeldig);
        Assert.Equal(["regel 16, veld voVakerkenningen[1].opleidingscode: 'ILT 0137 VO-VMBO-KB' komt al voor (voVakerkenningen[0], regel 15)"], Fouten(zelfdeNiveau));
    }

    [Fact]
    public void Duplicate_token_users_are_refused() =>
        EnigeFout(Voorbeeldbestand.Met("\"rol\": \"beheerder\"}", "\"rol\": \"beheerder\", \"legacyToken\": {\"gebruikersnaam\": \"jbeheerder\", \"totpSecret\": \"MFRGGZDFMZTWQ2LK\"}}"),
            "regel 19, veld medewerkers[1].legacyToken: gebruikersnaam 'jbeheerder' komt al voor (medewerkers[0], regel 18)");

    [Fact]
    public void A_wrong_totp_secret_is_refused_without_repeating_it()
    {
        var fout = Assert.Single(Fouten(Voorbeeldbestand.Met("JBSWY3DPEHPK3PXP", "geheim-dat-niet-mag")));

        Assert.Equal("regel 18, veld medewerkers[0].legacyToken.totpSecret: is geen TOTP-secret (base32, minstens 16 tekens A-Z en 2-7)", fout);
        Assert.DoesNotContain("geheim", fout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_is_reported_at_once_in_file_order()
    {
        var json = Voorbeeldbestand.Met("\"brin\": \"99VA\"", "\"brin\": \"25L\"")
            .Replace("\"oin\": \"00000001123456789000\"", "\"oin\": \"123\"", StringComparison.Ordinal)
            .Replace("\"niveau\": \"MBO-4\", \"begindatum\": \"2020", "\"niveau\": \"4\", \"begindatum\": \"2020", StringComparison.Ordinal)
            .Replace("\"naam\": \"S. Bakker\"", "\"naam\": \"J. Beheerder\"", StringComparison.Ordinal)
            .Replace("\"onderwijsbestuurcode\": \"100B002\", \"naam\": \"J. Beheerder\"", "\"onderwijsbestuurcode\": \"100B001\", \"naam\": \"J. Beheerder\"", StringComparison.Ordinal);

        Assert.Equal(
        [
            "regel 3, veld onderwijsbesturen[0].oin: '123' is geen OIN (20 cijfers of hoofdletters)",
            "regel 8, veld erkendeInstellingen[1].brin: '25L' is geen BRIN4 (nnXX)",
            "regel 11, veld opleidingserkenningen[0].niveau: '4' is geen kwalificatieniveau (MBO-1 t/m MBO-4)",
            "regel 19, veld medewerkers[1].naam: '100B001 J. Beheerder' komt al voor (medewerkers[0], regel 18)",
        ], Fouten(json));
    }

    [Fact]
    public async Task A_file_is_read_from_disk()
    {
        var pad = Path.Combine(Path.GetTempPath(), $"referentiedata-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(pad, Voorbeeldbestand.Geldig, CancellationToken.None);
        try
        {
            var resultaat = await ReferentiedataReader.ReadFileAsync(pad, CancellationToken.None);
            Assert.True(resultaat.IsGeldig);
        }
        finally
        {
            File.Delete(pad);
        }
    }
}
