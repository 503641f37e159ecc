using Keten.Application.Toegang;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// A colleague who never had a DUO token joins (issue 7 point 4): the beheerder of board 100B001 names them with their
/// authorisations and gets a one-time koppelcode; the colleague's first eHerkenning login for the board enters it and
/// is then that medewerker. Only a beheerder, only the own board's aanbieders, never a name already in use.
/// </summary>
public abstract class CollegaUitnodigenTests(StoreKind kind, PostgresServer? postgres) : ToegangTestBasis(kind, postgres)
{
    private const string Beheerder = "JBSWY3DPEHPK3PXP";

    [Fact]
    public async Task The_invited_colleague_enters_the_koppelcode_once_at_the_first_eHerkenning_login_and_holds_the_authorisations()
    {
        var beheerder = await TokenLoginAsync("jbeheerder", Beheerder);
        var uitnodiging = await LeesAsync<Aanwijzing>(await PostAsync("/api/toegang/medewerkers",
            new { naam = "C. Nieuw", autorisaties = new[] { new Autorisatie(Functie.InschrijvingenMbo, "110A001") } }, beheerder));
        var collega = new Aanmelding(EHerkenning(KvkBestuur1, "pseudoniem-c-nieuw"), null);

        await AssertGeweigerdAsync(await GetAsync("/api/toegang/ik", collega), 401, "TGA001");
        var gekoppeld = await LeesAsync<Medewerker>(await PostAsync("/api/toegang/koppelcode", new { koppelcode = uitnodiging.Koppelcode }, collega));
        var ik = await LeesAsync<Medewerker>(await GetAsync("/api/toegang/ik", collega));
        var nogmaals = await PostAsync("/api/toegang/koppelcode", new { koppelcode = uitnodiging.Koppelcode }, new Aanmelding(EHerkenning(KvkBestuur1, "iemand-anders"), null));

        Assert.Equal(uitnodiging.MedewerkerId, gekoppeld.Id);
        Assert.Equal("C. Nieuw", ik.Naam);
        Assert.Equal([new Autorisatie(Functie.InschrijvingenMbo, "110A001")], ik.Autorisaties);
        Assert.Equal(Inlogmiddel.EHerkenning, ik.Inlogmiddel);
        await AssertGeweigerdAsync(nogmaals, 422, "TGA015");
        var spoor = await (await GetAsync("/api/toegang/audit", beheerder)).Content.ReadAsStringAsync();
        Assert.Contains("koppelcode uitgeven", spoor, StringComparison.Ordinal);
        Assert.Contains(uitnodiging.MedewerkerId, spoor, StringComparison.Ordinal);
        Assert.DoesNotContain(uitnodiging.Koppelcode, spoor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_beheerder_invites_only_for_own_aanbieders_and_never_under_a_name_in_use()
    {
        var beheerder = await TokenLoginAsync("jbeheerder", Beheerder);
        Server.Clock.Advance(TimeSpan.FromSeconds(30));
        var medewerker = await TokenLoginAsync("avries", "KRUGS4ZANFZSA5DF");

        await AssertGeweigerdAsync(await PostAsync("/api/toegang/medewerkers", new { naam = "D. Ander", autorisaties = Array.Empty<Autorisatie>() }, medewerker), 403, "TGA002");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/medewerkers",
            new { naam = "D. Ander", autorisaties = new[] { new Autorisatie(Functie.RioBeheren, "110A002") } }, beheerder), 403, "TGA004");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/medewerkers", new { naam = "A. de Vries", autorisaties = Array.Empty<Autorisatie>() }, beheerder), 409, "TGA022");
        await AssertGeweigerdAsync(await PostAsync("/api/toegang/medewerkers", new { naam = " ", autorisaties = Array.Empty<Autorisatie>() }, beheerder), 422, "TGA017");
        Assert.DoesNotContain(await MedewerkersAsync(), m => m.Naam == "D. Ander");
    }

    private async Task<IReadOnlyList<Medewerker>> MedewerkersAsync() => await Store.Medewerkers.MedewerkersVanBestuurAsync("100B001", CancellationToken.None);
}

public sealed class CollegaUitnodigenTestsOnSqlite() : CollegaUitnodigenTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class CollegaUitnodigenTestsOnPostgres(PostgresServer postgres) : CollegaUitnodigenTests(StoreKind.Postgres, postgres);
