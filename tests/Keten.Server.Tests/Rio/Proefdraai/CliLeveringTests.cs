using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keten.Domain.Rio;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Proefdraai;

/// <summary>`keten rio aanleveren|verwijderen` on the database a demo server seeded: the same handlers, answers and dry run as REST.</summary>
public abstract class CliLeveringTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string Opleidingen = "/api/rio/aangeboden-opleidingen";
    private readonly string bestand = Path.Combine(Path.GetTempPath(), $"keten-cli-ao-{Guid.NewGuid():N}.json");

    public override async Task DisposeAsync()
    {
        File.Delete(bestand);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Dry_run_prints_the_diff_per_field_and_changes_nothing()
    {
        var ao = NieuweMboOpleiding("110A001");
        Assert.True((await RestAsync(Opleidingen, ao, RocVoorbeeldOin)).IsSuccessStatusCode);
        var voor = await Client.GetStringAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}");
        await File.WriteAllTextAsync(bestand, Json(ao with { Perioden = [ao.Perioden[0] with { EigenNaamAangebodenOpleiding = "Verkoopspecialist" }] }));

        var (code, uit, _) = await KetenAsync("rio", "aanleveren", "aangebodenOpleiding", bestand, "--afzender", RocVoorbeeldOin, "--proefdraai");

        Assert.Equal(0, code);
        Assert.Contains("Proefdraai: er is niets gewijzigd of vastgelegd.", uit, StringComparison.Ordinal);
        Assert.Matches($@"aangebodenOpleiding\s+{ao.AangebodenOpleidingCode:D}\s+gewijzigd", uit);
        Assert.Contains("gewijzigd   perioden[begindatum=2024-08-01].eigenNaamAangebodenOpleiding: \"Verkoopmedewerker\" → \"Verkoopspecialist\"", uit, StringComparison.Ordinal);
        Assert.Equal(voor, await Client.GetStringAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}"));
        var store = Database.CreateStore(TimeProvider.System);
        Assert.Single(await store.HistorieAsync(RioObjectSoort.AangebodenOpleiding, ao.AangebodenOpleidingCode.ToString("D"), CancellationToken.None));
    }

    [Fact]
    public async Task Dry_run_with_json_prints_the_same_answer_as_rest()
    {
        var ao = NieuweMboOpleiding("110A001") with { Cohorten = [Cohort("2025-A")] };
        await File.WriteAllTextAsync(bestand, Json(ao));

        var (code, uit, _) = await KetenAsync("rio", "aanleveren", "aangebodenOpleiding", bestand, "--afzender", RocVoorbeeldOin, "--proefdraai", "--json");
        var rest = await (await RestAsync(Opleidingen + "?dryRun=true", ao, RocVoorbeeldOin)).Content.ReadAsStringAsync();

        Assert.Equal(0, code);
        Assert.Equal(rest, uit.TrimEnd());
        Assert.Contains("\"proefdraai\":true", uit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aanleveren_stores_the_offering_as_rest_returns_it()
    {
        var ao = NieuweMboOpleiding("110A001");
        await File.WriteAllTextAsync(bestand, Json(ao));

        var (code, uit, _) = await KetenAsync("rio", "aanleveren", "aangebodenOpleiding", bestand, "--afzender", RocVoorbeeldOin, "--bedrijfsdocument", Guid.NewGuid().ToString());

        Assert.Equal((0, "Goedgekeurd"), (code, uit.TrimEnd()));
        Assert.Equal(Json(ao), await Client.GetStringAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}"));
    }

    [Fact]
    public async Task A_bedrijfsdocument_id_in_capitals_is_the_id_in_small_letters_another_message_under_it_is_refused_with_KTN030()
    {
        var ao = NieuweMboOpleiding("110A001");
        var id = Guid.NewGuid().ToString("D");
        await File.WriteAllTextAsync(bestand, Json(ao));
        Assert.Equal(0, (await KetenAsync("rio", "aanleveren", "aangebodenOpleiding", bestand, "--afzender", RocVoorbeeldOin, "--bedrijfsdocument", id)).Code);
        await File.WriteAllTextAsync(bestand, Json(ao with { Einddatum = new DateOnly(2030, 8, 1) }));

        var (code, uit, _) = await KetenAsync("rio", "aanleveren", "aangebodenOpleiding", bestand, "--afzender", RocVoorbeeldOin, "--bedrijfsdocument", id.ToUpperInvariant());

        Assert.Equal(3, code);
        Assert.Contains("KTN030", uit, StringComparison.Ordinal);
        Assert.Contains("=" + id[..25], uit, StringComparison.Ordinal); // DUO's sleutelwaarde holds 25 characters
        Assert.Equal(Json(ao), await Client.GetStringAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}"));
    }

    [Fact]
    public async Task Refusal_exits_3_and_prints_code_text_and_sleutelgegevens()
    {
        await File.WriteAllTextAsync(bestand, Json(NieuweMboOpleiding("110A001") with { OpleidingserkenningSleutel = new OpleidingserkenningSleutel("CREBO", "99999") }));

        var (code, uit, _) = await KetenAsync("rio", "aanleveren", "aangebodenOpleiding", bestand, "--afzender", RocVoorbeeldOin, "--proefdraai");

        Assert.Equal(3, code);
        Assert.Contains("A01080  De opleidingserkenning komt niet voor in RIO  (opleidingsstelsel=CREBO, opleidingscode=99999)", uit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_afzender_is_refused_with_AUT401()
    {
        await File.WriteAllTextAsync(bestand, Json(NieuweMboOpleiding("110A001")));

        var (code, uit, _) = await KetenAsync("rio", "aanleveren", "aangebodenOpleiding", bestand, "--afzender", "00000009999999999999");

        Assert.Equal(3, code);
        Assert.Contains("AUT401", uit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_file_exits_2_naming_the_json_path_and_a_missing_one_too()
    {
        await File.WriteAllTextAsync(bestand, """{"aangebodenOpleidingCode": "geen-guid"}""");

        var (code, _, fout) = await KetenAsync("rio", "aanleveren", "aangebodenOpleiding", bestand, "--afzender", RocVoorbeeldOin);
        var (ontbreekt, _, foutOntbreekt) = await KetenAsync("rio", "aanleveren", "aangebodenOpleiding", bestand + ".weg", "--afzender", RocVoorbeeldOin);

        Assert.Equal((2, 2), (code, ontbreekt));
        Assert.Contains("KTN400 Veld $.aangebodenOpleidingCode", fout, StringComparison.Ordinal);
        Assert.Contains("bestaat niet", foutOntbreekt, StringComparison.Ordinal);
    }

    /// <summary>ADR 0026: the CLI checks a body against DUO's XSD as REST does, with REST's texts, before any rule.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_DUOs_xsd_refuses_exits_2_naming_each_field_as_rest_does_and_stores_nothing(bool proefdraai)
    {
        var ao = NieuweMboOpleiding("110A001");
        ao = ao with { Perioden = [ao.Perioden[0] with { EigenNaamAangebodenOpleiding = new string('a', 5000), EigenOmschrijving = new string('o', 5000) }] };
        await File.WriteAllTextAsync(bestand, Json(ao));
        using var rest = await RestAsync(Opleidingen + "?dryRun=true", ao, RocVoorbeeldOin);
        var velden = (await rest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("velden").EnumerateArray()
            .Select(v => $"  KTN400 Veld {v.GetProperty("veld").GetString()}: {v.GetProperty("melding").GetString()}");
        string[] proef = proefdraai ? ["--proefdraai"] : [];

        var (code, uit, fout) = await KetenAsync(["rio", "aanleveren", "aangebodenOpleiding", bestand, "--afzender", RocVoorbeeldOin, .. proef]);

        Assert.Equal((2, ""), (code, uit));
        Assert.Equal([$"{bestand}: De JSON voldoet niet aan DUO's XSD; er is niets aangeleverd.", .. velden], fout.TrimEnd().Split(Environment.NewLine));
        Assert.Contains("  KTN400 Veld $.perioden[0].eigenNaamAangebodenOpleiding: voldoet niet aan DUO's XSD (aanleveren_aangebodenOpleiding_request): ", fout, StringComparison.Ordinal);
        Assert.Contains("  KTN400 Veld $.perioden[0].eigenOmschrijving: voldoet niet aan DUO's XSD", fout, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaaa", fout, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}")).StatusCode);
        var store = Database.CreateStore(TimeProvider.System);
        Assert.Empty(await store.HistorieAsync(RioObjectSoort.AangebodenOpleiding, ao.AangebodenOpleidingCode.ToString("D"), CancellationToken.None));
    }

    [Fact]
    public async Task Verwijderen_in_a_dry_run_shows_verwijderd_and_for_real_removes()
    {
        var ao = NieuweMboOpleiding("110A001");
        await RestAsync(Opleidingen, ao, RocVoorbeeldOin);

        var (proef, uitProef, _) = await KetenAsync("rio", "verwijderen", "aangebodenOpleiding", ao.AangebodenOpleidingCode.ToString("D"), "--afzender", RocVoorbeeldOin, "--proefdraai");
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}")).StatusCode);
        var (echt, _, _) = await KetenAsync("rio", "verwijderen", "aangebodenOpleiding", ao.AangebodenOpleidingCode.ToString("D"), "--afzender", RocVoorbeeldOin);

        Assert.Equal((0, 0), (proef, echt));
        Assert.Matches($@"aangebodenOpleiding\s+{ao.AangebodenOpleidingCode:D}\s+verwijderd", uitProef);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{Opleidingen}/{ao.AangebodenOpleidingCode}")).StatusCode);
    }

    [Theory]
    [InlineData("rio", "aanleveren", "aangebodenOpleiding", "ao.json")]
    [InlineData("rio", "aanleveren", "leerling", "ao.json", "--afzender", RocVoorbeeldOin)]
    [InlineData("rio", "verwijderen", "aangebodenOpleiding", "geen-uuid", "--afzender", RocVoorbeeldOin)]
    [InlineData("rio", "aanleveren", "aangebodenOpleiding", "ao.json", "--afzender", RocVoorbeeldOin, "--bedrijfsdocument", "123")]
    public async Task Usage_errors_exit_1(params string[] args)
    {
        var (code, _, fout) = await KetenAsync(args);

        Assert.Equal(1, code);
        Assert.NotEmpty(fout);
    }

    private Task<(int Code, string Uit, string Fout)> KetenAsync(params string[] args) => CliUitvoering.RunAsync(ConnectionString, args);
}

public sealed class CliLeveringTestsOnSqlite() : CliLeveringTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class CliLeveringTestsOnPostgres(PostgresServer postgres) : CliLeveringTests(StoreKind.Postgres, postgres);
