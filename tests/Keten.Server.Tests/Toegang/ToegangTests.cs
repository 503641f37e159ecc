using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Application.Toegang;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Toegang;
using Keten.Toegang;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Keten.Server.Tests.Toegang;

/// <summary>Accounts, authorisations and the DUO token over /api/toegang, on SQLite and PostgreSQL.</summary>
public abstract class ToegangTests(StoreKind kind, PostgresServer? postgres) : ToegangTestBasis(kind, postgres)
{
    [Fact]
    public async Task Reference_medewerkers_are_seeded_once_with_beheerders_holding_every_function()
    {
        var bestuur = await Store.Medewerkers.MedewerkersVanBestuurAsync("100B001", CancellationToken.None);

        Assert.Equal(["A. de Vries", "J. Beheerder", "K. Mulder"], bestuur.Select(m => m.Naam));
        Assert.Equal(Enum.GetValues<Functie>(), bestuur[1].Autorisaties.Select(a => a.Functie).Order());
        Assert.All(bestuur[1].Autorisaties, a => Assert.True(a.VoorAlleAanbieders));
        Assert.Empty(bestuur[0].Autorisaties);
        Assert.Empty(bestuur[2].Autorisaties);
        Assert.Equal([Inlogmiddel.Token, Inlogmiddel.Token, Inlogmiddel.Geen], bestuur.Select(m => m.Inlogmiddel));
        Assert.Equal(Inlogmiddel.Geen, (await MedewerkerAsync("100B002", "M. Jansen")).Inlogmiddel);
    }

    [Fact]
    public async Task Token_secrets_are_stored_encrypted_not_in_plain_text()
    {
        await using var connection = await RuweSql.OpenAsync(Database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT gebruikersnaam, geheim FROM legacy_token ORDER BY gebruikersnaam";
        var rijen = new List<(string, string)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rijen.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.Equal(["avries", "jbeheerder", "rsmit", "sbakker"], rijen.Select(r => r.Item1));
        string[] klaar = [BeheerderGeheim, DeVriesGeheim, "ONSWG4TFOQQGC3TE", "MFRGGZDFMZTWQ2LK"];
        Assert.All(rijen, r => Assert.StartsWith("v1:", r.Item2, StringComparison.Ordinal));
        Assert.All(rijen, r => Assert.DoesNotContain(klaar, k => r.Item2.Contains(k, StringComparison.Ordinal)));
        var referentie = string.Concat((await Store.LoadReferentieAsync(CancellationToken.None)).Select(i => i.Json));
        Assert.DoesNotContain(klaar, k => referentie.Contains(k, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_login_accepts_the_current_code_once_and_refuses_it_replayed()
    {
        var code = Code(BeheerderGeheim);

        var medewerker = await LeesAsync<Medewerker>(await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "jbeheerder", code }));
        var nogmaals = await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "jbeheerder", code });

        Assert.Equal("J. Beheerder", medewerker.Naam);
        await AssertGeweigerdAsync(nogmaals, 401, "TGA011");
        Server.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(medewerker.Id, (await LeesAsync<Medewerker>(await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "jbeheerder", code = Code(BeheerderGeheim) }))).Id);
    }

    [Fact]
    public async Task A_token_login_starts_the_session_that_later_requests_are_known_by()
    {
        using var browser = Server.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true });

        var voor = await browser.GetAsync("/api/toegang/ik");
        var login = await browser.PostAsync("/api/toegang/token/inloggen",
            JsonContent.Create(new { gebruikersnaam = "jbeheerder", code = Code(BeheerderGeheim) }, options: RioJson.Options));
        var ik = await browser.GetAsync("/api/toegang/ik");

        await AssertGeweigerdAsync(voor, 401, "TGA001");
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ToegangSessie.CookieNaam + "=", StringComparison.Ordinal));
        Assert.Contains("J. Beheerder", await ik.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ik.StatusCode);
    }

    [Fact]
    public async Task Token_login_with_a_wrong_code_or_unknown_user_is_refused_without_saying_which()
    {
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "jbeheerder", code = Code(DeVriesGeheim) }), 401, "TGA010");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "onbekend", code = "123456" }), 401, "TGA010");
    }

    [Fact]
    public async Task Beheerder_grants_and_revokes_for_an_aanbieder_of_the_own_board()
    {
        var beheerder = await TokenLoginAsync("jbeheerder", BeheerderGeheim);
        var deVries = await MedewerkerAsync("100B001", "A. de Vries");

        var na = await LeesAsync<Medewerker>(await PostAsync($"/api/toegang/medewerkers/{deVries.Id}/autorisaties",
            new { toekennen = new[] { new Autorisatie(Functie.InschrijvingenMbo, "110A001"), new Autorisatie(Functie.BekostigingInzien) } }, beheerder));

        Assert.True(Autorisatiebeslissing.MagMedewerker(na, Functie.InschrijvingenMbo, "110A001"));
        Assert.False(Autorisatiebeslissing.MagMedewerker(na, Functie.InschrijvingenMbo, null));
        Assert.False(Autorisatiebeslissing.MagMedewerker(na, Functie.InschrijvingenVo, "110A001"));
        Assert.True(Autorisatiebeslissing.MagMedewerker(na, Functie.BekostigingInzien, "110A001"));
        var ingetrokken = await LeesAsync<Medewerker>(await PostAsync($"/api/toegang/medewerkers/{deVries.Id}/autorisaties",
            new { intrekken = new[] { new Autorisatie(Functie.InschrijvingenMbo, "110A001") } }, beheerder));
        Assert.Equal([new Autorisatie(Functie.BekostigingInzien)], ingetrokken.Autorisaties);
    }

    [Fact]
    public async Task Grants_stay_within_the_own_board()
    {
        var beheerder = await TokenLoginAsync("jbeheerder", BeheerderGeheim);
        var deVries = await MedewerkerAsync("100B001", "A. de Vries");
        var jansen = await MedewerkerAsync("100B002", "M. Jansen");

        await AssertGeweigerdAsync(await PostAsync($"/api/toegang/medewerkers/{deVries.Id}/autorisaties",
            new { toekennen = new[] { new Autorisatie(Functie.InschrijvingenMbo, "110A002") } }, beheerder), 403, "TGA004");
        await AssertGeweigerdAsync(await PostAsync($"/api/toegang/medewerkers/{jansen.Id}/autorisaties",
            new { intrekken = new[] { new Autorisatie(Functie.Beheer) } }, beheerder), 422, "TGA003");
        Assert.Empty((await MedewerkerAsync("100B001", "A. de Vries")).Autorisaties);
        Assert.Contains(new Autorisatie(Functie.Beheer), (await MedewerkerAsync("100B002", "M. Jansen")).Autorisaties);
        var lijst = await LeesAsync<List<Medewerker>>(await GetAsync("/api/toegang/medewerkers", beheerder));
        Assert.All(lijst, m => Assert.Equal("100B001", m.Onderwijsbestuurcode));
    }

    [Fact]
    public async Task Only_a_beheerder_manages_staff_and_nobody_without_a_login()
    {
        var deVries = await TokenLoginAsync("avries", DeVriesGeheim);

        await AssertGeweigerdAsync(await GetAsync("/api/toegang/medewerkers", deVries), 403, "TGA002");
        await AssertGeweigerdAsync(await PostAsync($"/api/toegang/medewerkers/{deVries.TokenMedewerkerId}/autorisaties",
            new { toekennen = new[] { new Autorisatie(Functie.Beheer) } }, deVries), 403, "TGA002");
        await AssertGeweigerdAsync(await GetAsync("/api/toegang/medewerkers", null), 401, "TGA001");
    }

    [Fact]
    public async Task The_last_beheer_authorisation_of_a_board_cannot_be_revoked()
    {
        var beheerder = await TokenLoginAsync("jbeheerder", BeheerderGeheim);
        var deVries = await MedewerkerAsync("100B001", "A. de Vries");
        var intrekken = new { intrekken = new[] { new Autorisatie(Functie.Beheer) } };

        await AssertGeweigerdAsync(await PostAsync($"/api/toegang/medewerkers/{beheerder.TokenMedewerkerId}/autorisaties", intrekken, beheerder), 422, "TGA005");
        Assert.Contains(new Autorisatie(Functie.Beheer), (await MedewerkerAsync("100B001", "J. Beheerder")).Autorisaties);

        await LeesAsync<Medewerker>(await PostAsync($"/api/toegang/medewerkers/{deVries.Id}/autorisaties",
            new { toekennen = new[] { new Autorisatie(Functie.Beheer) } }, beheerder));
        var zonderBeheer = await LeesAsync<Medewerker>(await PostAsync($"/api/toegang/medewerkers/{beheerder.TokenMedewerkerId}/autorisaties", intrekken, beheerder));
        Assert.DoesNotContain(new Autorisatie(Functie.Beheer), zonderBeheer.Autorisaties);
    }

    [Fact]
    public async Task Moving_to_eHerkenning_carries_the_authorisations_and_revokes_the_token()
    {
        var beheerder = await TokenLoginAsync("jbeheerder", BeheerderGeheim);
        var deVries = await MedewerkerAsync("100B001", "A. de Vries");
        await LeesAsync<Medewerker>(await PostAsync($"/api/toegang/medewerkers/{deVries.Id}/autorisaties",
            new { toekennen = new[] { new Autorisatie(Functie.VerzuimMelden, "110A001") } }, beheerder));
        var eh = new Aanmelding(EHerkenning(KvkBestuur1, "pseudoniem-de-vries"));

        var verhuisd = await LeesAsync<Medewerker>(await PostAsync("/api/toegang/token/verhuizen",
            new { gebruikersnaam = "avries", code = Code(DeVriesGeheim) }, eh));

        Assert.Equal(deVries.Id, verhuisd.Id);
        Assert.Equal(Inlogmiddel.Verhuisd, verhuisd.Inlogmiddel);
        Assert.Equal([new Autorisatie(Functie.VerzuimMelden, "110A001")], verhuisd.Autorisaties);
        Assert.Equal(deVries.Id, (await LeesAsync<Medewerker>(await GetAsync("/api/toegang/ik", eh))).Id);
        Server.Clock.Advance(TimeSpan.FromSeconds(30));
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/inloggen", new { gebruikersnaam = "avries", code = Code(DeVriesGeheim) }), 401, "TGA010");
        await AssertGeweigerdAsync(await GetAsync("/api/toegang/ik", new Aanmelding(null, deVries.Id)), 401, "TGA001");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/verhuizen",
            new { gebruikersnaam = "avries", code = Code(DeVriesGeheim) }, new Aanmelding(EHerkenning(KvkBestuur1, "iemand-anders"))), 401, "TGA010");
    }

    [Fact]
    public async Task Moving_is_refused_for_another_boards_login_a_level_below_EH3_or_an_identity_already_linked()
    {
        var vreemd = new Aanmelding(EHerkenning(KvkBestuur2, "pseudoniem-1"));
        var eh2plus = new Aanmelding(EHerkenning(KvkBestuur1, "pseudoniem-1", Betrouwbaarheidsniveau.Loa2Plus));
        var eh = new Aanmelding(EHerkenning(KvkBestuur1, "pseudoniem-1"));

        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/verhuizen", new { gebruikersnaam = "avries", code = Code(DeVriesGeheim) }, vreemd), 403, "TGA013");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/verhuizen", new { gebruikersnaam = "avries", code = Code(DeVriesGeheim) }, eh2plus), 403, "TGA018");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/verhuizen", new { gebruikersnaam = "avries", code = Code(DeVriesGeheim) }, null), 401, "TGA001");
        Assert.Equal(Inlogmiddel.Token, (await MedewerkerAsync("100B001", "A. de Vries")).Inlogmiddel);

        await LeesAsync<Medewerker>(await PostAsync("/api/toegang/token/verhuizen", new { gebruikersnaam = "avries", code = Code(DeVriesGeheim) }, eh));
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/token/verhuizen", new { gebruikersnaam = "jbeheerder", code = Code(BeheerderGeheim) }, eh), 422, "TGA014");
        Assert.Equal(Inlogmiddel.Token, (await MedewerkerAsync("100B001", "J. Beheerder")).Inlogmiddel);
    }

    [Fact]
    public async Task Beheerder_exports_who_moved_and_who_did_not()
    {
        var eh = new Aanmelding(EHerkenning(KvkBestuur1, "pseudoniem-beheerder"));
        await LeesAsync<Medewerker>(await PostAsync("/api/toegang/token/verhuizen", new { gebruikersnaam = "jbeheerder", code = Code(BeheerderGeheim) }, eh));

        var antwoord = await GetAsync("/api/toegang/medewerkers/export", eh);

        Assert.True(antwoord.IsSuccessStatusCode);
        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        var regels = (await antwoord.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("naam;inlogmiddel;verhuisdOp;autorisaties", regels[0]);
        Assert.Equal("A. de Vries;Token;;", regels[1]);
        Assert.StartsWith("J. Beheerder;Verhuisd;2024-09-02T08:00:00Z;", regels[2], StringComparison.Ordinal);
        Assert.Equal("K. Mulder;Geen;;", regels[3]);
        Assert.Equal(4, regels.Length);
    }
}

public sealed class ToegangTestsOnSqlite() : ToegangTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ToegangTestsOnPostgres(PostgresServer p) : ToegangTests(StoreKind.Postgres, p);
