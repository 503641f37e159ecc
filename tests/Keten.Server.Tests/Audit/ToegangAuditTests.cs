using Keten.Application.Toegang;
using Keten.Domain.Toegang;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Toegang;

namespace Keten.Server.Tests.Audit;

/// <summary>
/// Toegang's changes in the audit trail, and the DUO operator's export: appointing a beheerder on the CLI, the
/// koppelcode used and a token moved each leave their row naming who did it.
/// </summary>
public abstract partial class ToegangAuditTests(StoreKind kind, PostgresServer? postgres) : ToegangTestBasis(kind, postgres)
{
    [Fact]
    public async Task Appointing_a_beheerder_on_the_cli_and_using_the_koppelcode_leave_their_rows_which_the_operator_exports()
    {
        var (_, uit, _) = await CliAsync("toegang", "beheerder-aanwijzen", "100B002", "K.", "de", "Boer");
        var beheerder = await LeesAsync<Medewerker>(await PostAsync("/api/toegang/koppelcode",
            new { koppelcode = CliUitvoering.Koppelcode(uit) }, new Aanmelding(EHerkenning(KvkBestuur2, "pseudoniem-de-boer"))));

        var rijen = (await AuditTabel.LeesAsync(Database)).Where(r => r.ObjectSleutel == beheerder.Id).ToList();
        Assert.Equal(
            [
                new AuditRegel("100B002", "cli", "operator", Environment.UserName, "koppelcode uitgeven", "Medewerker", beheerder.Id, null,
                    Autorisatie.Tekst(BeheerderAanwijzing.AlleFuncties), 1, null, "goedgekeurd"),
                new AuditRegel("100B002", "rest", "medewerker", beheerder.Id, "koppelcode gebruiken", "Medewerker", beheerder.Id, null, null, 1, null, "goedgekeurd"),
            ],
            rijen);
        var (code, csv, _) = await CliAsync("audit", "export", "--bestuur", "100B002");
        Assert.Equal(0, code);
        var regels = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,moment,onderwijsbestuurcode,deur,", regels[0], StringComparison.Ordinal);
        Assert.Contains(regels, r => r.Contains($",100B002,cli,operator,{Environment.UserName},koppelcode uitgeven,Medewerker,{beheerder.Id},", StringComparison.Ordinal));
        Assert.All(regels.Skip(1), r => Assert.Contains(",100B002,", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Moving_off_the_token_leaves_a_row_naming_the_medewerker()
    {
        var deVries = await MedewerkerAsync("100B001", "A. de Vries");

        await LeesAsync<Medewerker>(await PostAsync("/api/toegang/token/verhuizen", new { gebruikersnaam = "avries", code = Code(DeVriesGeheim) },
            new Aanmelding(EHerkenning(KvkBestuur1, "pseudoniem-de-vries"))));

        var rij = Assert.Single(await AuditTabel.LeesAsync(Database), r => r.Operatie == "token verhuizen");
        Assert.Equal(new AuditRegel("100B001", "rest", "medewerker", deVries.Id, "token verhuizen", "Medewerker", deVries.Id, null, null, 1, null, "goedgekeurd"), rij);
    }

    [Fact]
    public async Task The_cli_export_names_a_missing_board_or_a_bad_moment_and_writes_nothing()
    {
        var zonder = await CliAsync("audit", "export");
        var slecht = await CliAsync("audit", "export", "--bestuur", "100B001", "--van", "gisteren");

        Assert.Equal((2, ""), (zonder.Code, zonder.Uit));
        Assert.Contains("--bestuur", zonder.Fout, StringComparison.Ordinal);
        Assert.Equal((2, ""), (slecht.Code, slecht.Uit));
        Assert.Contains("--van", slecht.Fout, StringComparison.Ordinal);
    }

    private Task<(int Code, string Uit, string Fout)> CliAsync(params string[] args) => CliUitvoering.RunAsync(ConnectionString, args);
}

public sealed class ToegangAuditTestsOnSqlite() : ToegangAuditTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ToegangAuditTestsOnPostgres(PostgresServer postgres) : ToegangAuditTests(StoreKind.Postgres, postgres);
