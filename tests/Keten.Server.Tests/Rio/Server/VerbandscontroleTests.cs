using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Domain.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Server;

/// <summary>
/// DUO's Verbandscontroles against what is stored, through the server on a real database: N04430 (aanbieder vs its
/// offerings), N09410 (offering vs its opleidingseenheid), P01410 and P01430 (opleidingseenheid vs its offerings and
/// relaties), P04050 (relatie vs the other relaties of the pair) and A02011 (an erkende opleidingseenheid). A refusal
/// changes nothing.
/// </summary>
public abstract class VerbandscontroleTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static readonly DateOnly Instroom = new(2024, 9, 1);
    private static readonly DateOnly Einde = new(2027, 8, 1);

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, null)]
    [InlineData(1, "N04430")]
    public async Task N04430_an_aanbieder_whose_inBedrijfdatum_passes_an_offerings_eersteInstroomdatum_is_refused(int dagen, string? code)
    {
        var aanbieder = await NieuweAanbiederAsync();
        await LeverAsync("/api/rio/aangeboden-opleidingen", Opleiding(aanbieder.Onderwijsaanbiedercode!, Instroom, Einde));

        var nieuw = Verplaatst(aanbieder, Instroom.AddDays(dagen), null);
        Assert.Equal(code, await FoutcodeAsync("/api/rio/onderwijsaanbieders", nieuw));

        var opgeslagen = await Client.GetFromJsonAsync<Onderwijsaanbieder>($"/api/rio/onderwijsaanbieders/{aanbieder.Onderwijsaanbiedercode}", RioJson.Options);
        Assert.Equal(code is null ? nieuw.InBedrijfdatum : aanbieder.InBedrijfdatum, opgeslagen!.InBedrijfdatum);
    }

    [Theory]
    [InlineData(-1, "N04430")]
    [InlineData(0, null)]
    [InlineData(1, null)]
    public async Task N04430_an_aanbieder_going_uit_bedrijf_before_an_offerings_einddatum_is_refused(int dagen, string? code)
    {
        var aanbieder = await NieuweAanbiederAsync();
        var ao = Opleiding(aanbieder.Onderwijsaanbiedercode!, Instroom, Einde);
        await LeverAsync("/api/rio/aangeboden-opleidingen", ao);

        Assert.Equal(code, await FoutcodeAsync("/api/rio/onderwijsaanbieders", Verplaatst(aanbieder, aanbieder.InBedrijfdatum, Einde.AddDays(dagen))));
    }

    [Fact]
    public async Task N04430_is_refused_over_soap_naming_the_aanbieder_and_the_offering()
    {
        var aanbieder = await NieuweAanbiederAsync();
        var ao = Opleiding(aanbieder.Onderwijsaanbiedercode!, Instroom, Einde);
        await LeverAsync("/api/rio/aangeboden-opleidingen", ao);

        var antwoord = await SoapBeherenAsync("aanleveren_onderwijsaanbieder", RocVoorbeeldOin,
            BeherenXmlWriter.AanleverenOnderwijsaanbieder(Verplaatst(aanbieder, aanbieder.InBedrijfdatum, Einde.AddYears(-1))));

        Assert.Equal("false", antwoord.Element(Ns + "requestGoedgekeurd")?.Value);
        var fout = Assert.Single(antwoord.Elements(Ns + "foutmelding"));
        Assert.Equal("N04430", fout.Element(Ns + "foutcode")?.Value);
        Assert.Equal([aanbieder.Onderwijsaanbiedercode, ao.AangebodenOpleidingCode.ToString("N")[..25]],
            fout.Elements(Ns + "sleutelgegeven").Select(s => s.Element(Ns + "sleutelwaarde")?.Value));
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, null)]
    [InlineData(1, "N09410")]
    public async Task N09410_an_offering_whose_eersteInstroomdatum_lies_before_its_opleidingseenheid_is_refused(int dagen, string? code)
    {
        var eenheid = await NieuweEenheidAsync(Instroom.AddDays(dagen), null);
        var ao = Opleiding("110A001", Instroom, Einde) with { OpleidingserkenningSleutel = null, OpleidingseenheidSleutel = eenheid, MboNiveau = null };

        Assert.Equal(code, await FoutcodeAsync("/api/rio/aangeboden-opleidingen", ao));
        Assert.Equal(code is null ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await Client.GetAsync($"/api/rio/aangeboden-opleidingen/{ao.AangebodenOpleidingCode}")).StatusCode);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, null)]
    [InlineData(1, "N09410")]
    public async Task N09410_an_mbo_offering_running_past_its_crebos_einddatum_is_refused(int dagen, string? code)
    {
        // CREBO 25187 of the demo reference data: 2016-08-01 until 2022-08-01.
        var begin = new DateOnly(2020, 8, 1);
        var ao = Opleiding("110A001", new DateOnly(2020, 9, 1), new DateOnly(2022, 8, 1).AddDays(dagen)) with
        {
            Begindatum = begin,
            Perioden = [new AangebodenOpleidingPeriode(begin, "Applicatie- en mediaontwikkelaar", null, null, [])],
            OpleidingserkenningSleutel = new OpleidingserkenningSleutel("CREBO", "25187"),
            MboNiveau = "MBO-4",
        };

        Assert.Equal(code, await FoutcodeAsync("/api/rio/aangeboden-opleidingen", ao));
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, null)]
    [InlineData(1, "P01410")]
    public async Task P01410_an_opleidingseenheid_whose_begindatum_passes_an_offerings_eersteInstroomdatum_is_refused(int dagen, string? code)
    {
        var eenheid = await NieuweEenheidAsync(new DateOnly(2024, 1, 1), null);
        await LeverAsync("/api/rio/aangeboden-opleidingen", Opleiding("110A001", Instroom, Einde) with { OpleidingserkenningSleutel = null, OpleidingseenheidSleutel = eenheid, MboNiveau = null });

        Assert.Equal(code, await FoutcodeAsync("/api/rio/opleidingseenheden", Eenheid(eenheid, Instroom.AddDays(dagen), null)));
        var opgeslagen = await Client.GetFromJsonAsync<Opleidingseenheid>($"/api/rio/opleidingseenheden/{eenheid}", RioJson.Options);
        Assert.Equal(code is null ? Instroom.AddDays(dagen) : new DateOnly(2024, 1, 1), opgeslagen!.Begindatum);
    }

    [Theory]
    [InlineData(-1, "P01430")]
    [InlineData(0, null)]
    [InlineData(1, null)]
    public async Task P01430_an_opleidingseenheid_ending_before_its_relatie_ends_is_refused_from_either_side(int dagen, string? code)
    {
        var van = await NieuweEenheidAsync(new DateOnly(2024, 1, 1), null);
        var naar = await NieuweEenheidAsync(new DateOnly(2024, 1, 1), null);
        await LeverAsync("/api/rio/opleidingsrelaties", new Opleidingsrelatie(RocVoorbeeld, Instroom, Einde, van, naar));

        Assert.Equal(code, await FoutcodeAsync("/api/rio/opleidingseenheden", Eenheid(naar, new DateOnly(2024, 1, 1), Einde.AddDays(dagen))));
        Assert.Equal(code, await FoutcodeAsync("/api/rio/opleidingseenheden", Eenheid(van, new DateOnly(2024, 1, 1), Einde.AddDays(dagen))));
    }

    [Theory]
    [InlineData(-1, "P04050")]
    [InlineData(0, null)]
    [InlineData(1, null)]
    public async Task P04050_a_second_relatie_between_the_same_opleidingseenheden_may_not_overlap_the_first(int dagen, string? code)
    {
        var een = await NieuweEenheidAsync(new DateOnly(2024, 1, 1), null);
        var twee = await NieuweEenheidAsync(new DateOnly(2024, 1, 1), null);
        await LeverAsync("/api/rio/opleidingsrelaties", new Opleidingsrelatie(RocVoorbeeld, Instroom, Einde, een, twee));

        var tweede = new Opleidingsrelatie(RocVoorbeeld, Einde.AddDays(dagen), null, twee, een);
        Assert.Equal(code, await FoutcodeAsync("/api/rio/opleidingsrelaties", tweede));

        var relaties = await Client.GetFromJsonAsync<List<Opleidingsrelatie>>($"/api/rio/opleidingseenheden/{een}/opleidingsrelaties", RioJson.Options);
        Assert.Equal(code is null ? 2 : 1, relaties!.Count);
    }

    [Fact]
    public async Task P04050_redelivering_a_relatie_with_its_own_begindatum_changes_it()
    {
        var een = await NieuweEenheidAsync(new DateOnly(2024, 1, 1), null);
        var twee = await NieuweEenheidAsync(new DateOnly(2024, 1, 1), null);
        await LeverAsync("/api/rio/opleidingsrelaties", new Opleidingsrelatie(RocVoorbeeld, Instroom, null, een, twee));

        Assert.Null(await FoutcodeAsync("/api/rio/opleidingsrelaties", new Opleidingsrelatie(RocVoorbeeld, Instroom, Einde, een, twee)));
    }

    [Fact]
    public async Task A02011_the_opleidingseenheid_of_a_crebo_cannot_be_changed()
    {
        var erkend = ErkendeOpleidingseenheid.CodeVoor(new OpleidingserkenningSleutel("CREBO", "25180"));

        using var antwoord = await RestAsync("/api/rio/opleidingseenheden", Eenheid(erkend, new DateOnly(2024, 1, 1), null), RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, antwoord.StatusCode);
        using var probleem = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        Assert.Equal("A02011", probleem.RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/rio/opleidingseenheden/{erkend}")).StatusCode);
    }

    private static AangebodenOpleiding Opleiding(string aanbieder, DateOnly eersteInstroom, DateOnly? einddatum) =>
        NieuweMboOpleiding(aanbieder) with { EersteInstroomDatum = eersteInstroom, Einddatum = einddatum };

    private static Onderwijsaanbieder Verplaatst(Onderwijsaanbieder aanbieder, DateOnly inBedrijf, DateOnly? uitBedrijf) => aanbieder with
    {
        InBedrijfdatum = inBedrijf,
        UitBedrijfdatum = uitBedrijf,
        Perioden = [aanbieder.Perioden[0] with { Begindatum = inBedrijf }],
        JuridischeRelaties = [.. aanbieder.JuridischeRelaties.Select(r => r with { Begindatum = inBedrijf })],
    };

    private static Opleidingseenheid Eenheid(string? code, DateOnly begin, DateOnly? einde) => new(
        code, RocVoorbeeld, Opleidingseenheid.SoortParticuliereOpleiding, begin, einde, null, null, null, null,
        [new OpleidingseenheidPeriode(begin, "Cursus lassen", null, null, null, null, null, [])], []);

    /// <summary>A new aanbieder of ROC Voorbeeld in bedrijf from 2019-08-01, as stored.</summary>
    private async Task<Onderwijsaanbieder> NieuweAanbiederAsync()
    {
        var voorbeeld = await Client.GetFromJsonAsync<Onderwijsaanbieder>("/api/rio/onderwijsaanbieders/110A001", RioJson.Options);
        var nieuw = Verplaatst(voorbeeld! with { Onderwijsaanbiedercode = null }, new DateOnly(2019, 8, 1), null);
        var code = await LeverAsync("/api/rio/onderwijsaanbieders", nieuw);
        return nieuw with { Onderwijsaanbiedercode = code };
    }

    private async Task<string> NieuweEenheidAsync(DateOnly begin, DateOnly? einde) =>
        (await LeverAsync("/api/rio/opleidingseenheden", Eenheid(null, begin, einde)))!;

    /// <summary>Delivers what the test builds on; it must be accepted. Returns the code RIO issued, if any.</summary>
    private async Task<string?> LeverAsync<T>(string pad, T body)
    {
        using var antwoord = await RestAsync(pad, body, RocVoorbeeldOin);
        Assert.True(antwoord.IsSuccessStatusCode, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<Terugkoppeling>(RioJson.Options))!.ToegekendeCode;
    }

    /// <summary>Null when the delivery is accepted, else the first foutcode (HTTP 422).</summary>
    private async Task<string?> FoutcodeAsync<T>(string pad, T body)
    {
        using var antwoord = await RestAsync(pad, body, RocVoorbeeldOin);
        if (antwoord.IsSuccessStatusCode)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, antwoord.StatusCode);
        using var probleem = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        return probleem.RootElement.GetProperty("code").GetString();
    }
}

public sealed class VerbandscontroleTestsOnSqlite() : VerbandscontroleTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class VerbandscontroleTestsOnPostgres(PostgresServer postgres) : VerbandscontroleTests(StoreKind.Postgres, postgres);
