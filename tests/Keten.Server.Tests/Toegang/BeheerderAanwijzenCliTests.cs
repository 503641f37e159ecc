using Keten.Application.Toegang;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Toegang;

/// <summary>`keten toegang beheerder-aanwijzen`: DUO's operator gives a board its beheerder; the koppelcode links one eHerkenning login once.</summary>
public abstract partial class BeheerderAanwijzenCliTests(StoreKind kind, PostgresServer? postgres) : ToegangTestBasis(kind, postgres)
{
    [Fact]
    public async Task The_koppelcode_links_the_first_eHerkenning_login_for_the_board_once()
    {
        var (code, uit, _) = await CliAsync("toegang", "beheerder-aanwijzen", "100B002", "K.", "de", "Boer");
        Assert.Equal(0, code);
        var koppelcode = CliUitvoering.Koppelcode(uit);
        var eh = new Aanmelding(EHerkenning(KvkBestuur2, "pseudoniem-de-boer"));

        await AssertGeweigerdAsync(await GetAsync("/api/toegang/medewerkers", eh), 401, "TGA001");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/koppelcode", new { koppelcode }, new Aanmelding(EHerkenning(KvkBestuur1, "pseudoniem-x"))), 403, "TGA013");
        var beheerder = await LeesAsync<Medewerker>(await PostAsync("/api/toegang/koppelcode", new { koppelcode = koppelcode.ToLowerInvariant() }, eh));

        Assert.Equal(("K. de Boer", "100B002", Inlogmiddel.EHerkenning), (beheerder.Naam, beheerder.Onderwijsbestuurcode, beheerder.Inlogmiddel));
        Assert.True(Autorisatiebeslissing.MagMedewerker(beheerder, Functie.Beheer, null));
        var staf = await LeesAsync<List<Medewerker>>(await GetAsync("/api/toegang/medewerkers", eh));
        Assert.Equal(["K. de Boer", "M. Jansen"], staf.Select(m => m.Naam));
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/koppelcode", new { koppelcode }, new Aanmelding(EHerkenning(KvkBestuur2, "pseudoniem-2"))), 422, "TGA015");
    }

    [Fact]
    public async Task A_beheerder_from_reference_data_without_a_token_gets_a_koppelcode_instead_of_a_twin()
    {
        var jansen = await MedewerkerAsync("100B002", "M. Jansen");

        var (code, uit, _) = await CliAsync("toegang", "beheerder-aanwijzen", "100B002", "M.", "Jansen");
        var gekoppeld = await LeesAsync<Medewerker>(await PostAsync("/api/toegang/koppelcode",
            new { koppelcode = CliUitvoering.Koppelcode(uit) }, new Aanmelding(EHerkenning(KvkBestuur2, "pseudoniem-jansen"))));

        Assert.Equal(0, code);
        Assert.Equal(jansen.Id, gekoppeld.Id);
        Assert.Single(await Store.Medewerkers.MedewerkersVanBestuurAsync("100B002", CancellationToken.None));
    }

    [Fact]
    public async Task Linking_with_a_koppelcode_revokes_a_token_the_medewerker_still_had()
    {
        var (_, uit, _) = await CliAsync("toegang", "beheerder-aanwijzen", "100B001", "J.", "Beheerder");

        var gekoppeld = await LeesAsync<Medewerker>(await PostAsync("/api/toegang/koppelcode",
            new { koppelcode = CliUitvoering.Koppelcode(uit) }, new Aanmelding(EHerkenning(KvkBestuur1, "pseudoniem-beheerder"))));

        Assert.Equal(Inlogmiddel.Verhuisd, gekoppeld.Inlogmiddel);
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "jbeheerder", code = Code("JBSWY3DPEHPK3PXP") }), 401, "TGA010");
    }

    [Fact]
    public async Task An_unknown_board_is_refused_and_nothing_is_created()
    {
        var (code, _, fout) = await CliAsync("toegang", "beheerder-aanwijzen", "999B999", "X.");

        Assert.Equal(2, code);
        Assert.Contains("TGA016", fout, StringComparison.Ordinal);
        Assert.Empty(await Store.Medewerkers.MedewerkersVanBestuurAsync("999B999", CancellationToken.None));
    }

    [Fact]
    public async Task The_operator_lists_a_boards_staff_as_csv()
    {
        var (code, uit, _) = await CliAsync("toegang", "medewerkers", "100B001");

        Assert.Equal(0, code);
        Assert.Equal(["naam;inlogmiddel;verhuisdOp;autorisaties", "A. de Vries;Token;;",
            "J. Beheerder;Token;;RioBeheren InschrijvingenVo InschrijvingenMbo BekostigingInzien VerzuimMelden Aanmeldingen Beheer",
            "K. Mulder;Geen;;"],
            uit.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private Task<(int Code, string Uit, string Fout)> CliAsync(params string[] args) => CliUitvoering.RunAsync(ConnectionString, args);
}

public sealed class BeheerderAanwijzenCliTestsOnSqlite() : BeheerderAanwijzenCliTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class BeheerderAanwijzenCliTestsOnPostgres(PostgresServer p) : BeheerderAanwijzenCliTests(StoreKind.Postgres, p);
