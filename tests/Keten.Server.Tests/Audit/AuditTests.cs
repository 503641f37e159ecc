using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Domain.Toegang;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Server;
using Keten.Server.Tests.Soap;
using Keten.Server.Tests.Toegang;
using Keten.Server.Toegang;
using Keten.Storage;
using Keten.Storage.Audit;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Audit;

/// <summary>
/// The audit trail on a real server (issue 7 point 8, ADR 0021): every accepted change leaves its rows with door and
/// actor in the same transaction, a refusal or a failed transaction leaves none, nothing can change a row, and only the
/// own board's beheerder reads and exports them.
/// </summary>
public abstract class AuditTests(StoreKind kind, PostgresServer? postgres) : ToegangTestBasis(kind, postgres)
{
    private const string BakkerGeheim = "ONSWG4TFOQQGC3TE";
    private const string Operatie = "aanleveren_aangebodenOpleiding";

    [Fact]
    public async Task A_rio_change_over_soap_leaves_exactly_its_row_with_door_soap_and_the_sender_oin()
    {
        var ao = RioServerTestBasis.NieuweMboOpleiding("110A001");
        var verzoek = SoapEnvelopes.Verzoek(RioSoapServices.Beheren, Operatie, "ROC", BeherenXmlWriter.AanleverenAangebodenOpleiding(ao));
        var id = verzoek.Element(RioSoapServices.BeherenNamespace + "identificatiecodeBedrijfsdocument")!.Value;

        var antwoord = await SoapEnvelopes.PostAsync(Client, RioSoapServices.Beheren,
            SoapEnvelopes.Envelope(RioSoapServices.Beheren, Operatie, verzoek, fromOin: RocVoorbeeldOin, toOin: SoapEnvelopes.DuoOin));

        Assert.False(antwoord.IsFault, antwoord.FaultString);
        var rij = Assert.Single(await RijenVanAsync(ao.AangebodenOpleidingCode.ToString("D")));
        Assert.Equal(new AuditRegel(RocVoorbeeld, "soap", "ontwikkel", RocVoorbeeldOin, Operatie, "AangebodenOpleiding", ao.AangebodenOpleidingCode.ToString("D"),
            null, null, 1, id, "goedgekeurd"), rij);
    }

    [Fact]
    public async Task A_rio_change_over_rest_leaves_exactly_its_row_with_door_rest()
    {
        var ao = RioServerTestBasis.NieuweMboOpleiding("110A001");

        using var antwoord = await RioRestAsync(ao, RocVoorbeeldOin);

        Assert.True(antwoord.IsSuccessStatusCode, await antwoord.Content.ReadAsStringAsync());
        var rij = Assert.Single(await RijenVanAsync(ao.AangebodenOpleidingCode.ToString("D")));
        Assert.Equal(("rest", RocVoorbeeldOin, RocVoorbeeld, Operatie), (rij.Deur, rij.HandelendeKenmerk, rij.Bestuur, rij.Operatie));
    }

    [Fact]
    public async Task A_refused_rio_message_changes_nothing_and_leaves_no_row()
    {
        var ao = RioServerTestBasis.NieuweMboOpleiding("110A001");
        var voor = (await AuditTabel.LeesAsync(Database)).Count;

        using var antwoord = await RioRestAsync(ao, ZuidrandOin);

        Assert.False(antwoord.IsSuccessStatusCode);
        Assert.Null(await Store.GetAsync(RioObjectSoort.AangebodenOpleiding, ao.AangebodenOpleidingCode.ToString("D"), CancellationToken.None));
        Assert.Equal(voor, (await AuditTabel.LeesAsync(Database)).Count);
    }

    [Fact]
    public async Task A_transaction_that_fails_after_its_change_leaves_neither_the_change_nor_its_row()
    {
        var store = Store;
        var voor = (await AuditTabel.LeesAsync(Database)).Count;
        var wijziging = new Wijziging(RioObjectSoort.Onderwijsaanbieder, "110A999", RocVoorbeeld, "110A999", "{}", []);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SchrijfAsync<bool>(async (transactie, ct) =>
        {
            await transactie.VastleggenAsync(new Commit(null, "test", "{}", [wijziging], Door: Auditbronnen.Systeem("test")), ct);
            throw new InvalidOperationException("after the change");
        }, CancellationToken.None));

        Assert.Null(await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, "110A999", CancellationToken.None));
        Assert.Equal(voor, (await AuditTabel.LeesAsync(Database)).Count);
    }

    [Fact]
    public async Task Audit_rows_cannot_be_changed_or_deleted()
    {
        Assert.NotEmpty(await AuditTabel.LeesAsync(Database));

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => RuweSql.ExecAsync(Database, "UPDATE audit SET deur = 'soap'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => RuweSql.ExecAsync(Database, "DELETE FROM audit"));
        Assert.NotEmpty(await AuditTabel.LeesAsync(Database));
    }

    [Fact]
    public async Task An_authorisation_grant_leaves_its_row_naming_the_beheerder_and_the_authorisation()
    {
        var beheerder = await TokenLoginAsync("jbeheerder", BeheerderGeheim);
        var deVries = await MedewerkerAsync(RocVoorbeeld, "A. de Vries");

        await LeesAsync<Medewerker>(await PostAsync($"/api/toegang/medewerkers/{deVries.Id}/autorisaties",
            new { toekennen = new[] { new Autorisatie(Functie.InschrijvingenMbo, "110A001") } }, beheerder));

        var rij = Assert.Single(await AuditTabel.LeesAsync(Database), r => r.Operatie == "autorisatie toekennen");
        Assert.Equal(new AuditRegel(RocVoorbeeld, "rest", "medewerker", beheerder.TokenMedewerkerId!, "autorisatie toekennen", "Medewerker", deVries.Id,
            null, "InschrijvingenMbo@110A001", 1, null, "goedgekeurd"), rij);
    }

    [Fact]
    public async Task The_beheerder_reads_the_own_boards_trail_by_page_and_another_boards_beheerder_does_not_see_it()
    {
        var ao = RioServerTestBasis.NieuweMboOpleiding("110A001");
        (await RioRestAsync(ao, RocVoorbeeldOin)).Dispose();
        var sleutel = ao.AangebodenOpleidingCode.ToString("D");

        var eigen = await LeesAsync<Pagina<Auditrij>>(await GetAsync("/api/toegang/audit", await TokenLoginAsync("jbeheerder", BeheerderGeheim)));
        var ander = await LeesAsync<Pagina<Auditrij>>(await GetAsync("/api/toegang/audit?pagina=0", await TokenLoginAsync("sbakker", BakkerGeheim)));

        Assert.Contains(eigen.Items, r => r.ObjectSleutel == sleutel && r.Deur == "rest");
        Assert.All(eigen.Items, r => Assert.Equal(RocVoorbeeld, r.Onderwijsbestuurcode));
        Assert.DoesNotContain(ander.Items, r => r.ObjectSleutel == sleutel);
        Assert.All(ander.Items, r => Assert.Equal(Zuidrand, r.Onderwijsbestuurcode));
    }

    [Fact]
    public async Task The_period_filter_keeps_rows_from_van_up_to_but_not_including_tot()
    {
        var beheerder = await TokenLoginAsync("jbeheerder", BeheerderGeheim);
        var nu = Server.Clock.GetUtcNow();
        Server.Clock.Advance(TimeSpan.FromMinutes(5));
        var ao = RioServerTestBasis.NieuweMboOpleiding("110A001");
        (await RioRestAsync(ao, RocVoorbeeldOin)).Dispose();
        var na = Uri.EscapeDataString(nu.AddMinutes(1).ToString("O"));

        var vanaf = await LeesAsync<Pagina<Auditrij>>(await GetAsync($"/api/toegang/audit?van={na}", beheerder));
        var tot = await LeesAsync<Pagina<Auditrij>>(await GetAsync($"/api/toegang/audit?tot={na}", beheerder));

        Assert.Equal([ao.AangebodenOpleidingCode.ToString("D")], vanaf.Items.Select(r => r.ObjectSleutel));
        Assert.DoesNotContain(tot.Items, r => r.ObjectSleutel == ao.AangebodenOpleidingCode.ToString("D"));
        Assert.NotEmpty(tot.Items);
    }

    [Fact]
    public async Task Only_a_logged_in_beheerder_reads_the_trail_and_bad_query_values_are_named()
    {
        var deVries = await TokenLoginAsync("avries", DeVriesGeheim);
        var beheerder = await TokenLoginAsync("jbeheerder", BeheerderGeheim);

        await AssertGeweigerdAsync(await GetAsync("/api/toegang/audit", deVries), 403, "TGA002");
        await AssertGeweigerdAsync(await GetAsync("/api/toegang/audit.csv", deVries), 403, "TGA002");
        await AssertGeweigerdAsync(await GetAsync("/api/toegang/audit", null), 401, "TGA001");
        await AssertGeweigerdAsync(await GetAsync("/api/toegang/audit.csv", null), 401, "TGA001");
        var gisteren = await GetAsync("/api/toegang/audit?van=gisteren", beheerder);
        await AssertGeweigerdAsync(gisteren, 400, "KTN400");
        Assert.Contains("van", await gisteren.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertGeweigerdAsync(await GetAsync("/api/toegang/audit?pagina=-1", beheerder), 400, "KTN400");
    }

    [Fact]
    public async Task The_csv_export_has_a_header_line_and_one_line_per_row_of_the_own_board()
    {
        var ao = RioServerTestBasis.NieuweMboOpleiding("110A001");
        (await RioRestAsync(ao, RocVoorbeeldOin)).Dispose();

        var antwoord = await GetAsync("/api/toegang/audit.csv", await TokenLoginAsync("jbeheerder", BeheerderGeheim));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        var regels = (await antwoord.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,moment,onderwijsbestuurcode,deur,handelendeSoort,handelendeKenmerk,operatie,objectSoort,objectSleutel,brin,detail,aantal,"
            + "identificatiecodeBedrijfsdocument,uitkomst", regels[0]);
        Assert.Contains(regels, r => r.Contains($",{RocVoorbeeld},rest,ontwikkel,{RocVoorbeeldOin},{Operatie},AangebodenOpleiding,{ao.AangebodenOpleidingCode:D},,,1,",
            StringComparison.Ordinal));
        Assert.All(regels.Skip(1), r => Assert.Contains($",{RocVoorbeeld},", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_cells_with_a_comma_or_quote_are_quoted_as_rfc_4180_says()
    {
        using var uit = new MemoryStream();

        await AuditInzage.SchrijfCsvAsync(Rijen(new Auditrij(7, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), "100B001", "cli", "operator", "beheer, \"DUO\"",
            "referentiedata laden", "Referentiedata", null, null, null, 12, null, "goedgekeurd")), uit, CancellationToken.None);

        Assert.Equal("id,moment,onderwijsbestuurcode,deur,handelendeSoort,handelendeKenmerk,operatie,objectSoort,objectSleutel,brin,detail,aantal,"
            + "identificatiecodeBedrijfsdocument,uitkomst\r\n"
            + "7,2026-01-02T03:04:05.000000Z,100B001,cli,operator,\"beheer, \"\"DUO\"\"\",referentiedata laden,Referentiedata,,,,12,,goedgekeurd\r\n",
            System.Text.Encoding.UTF8.GetString(uit.ToArray()));
    }

    [Fact]
    public async Task Starting_keten_recorded_its_reference_data_load_and_seeded_medewerkers_as_keten_itself()
    {
        var rijen = await AuditTabel.LeesAsync(Database);

        var laden = Assert.Single(rijen, r => r.Operatie == "referentiedata laden");
        Assert.Equal(("intern", "systeem", "opstart", (string?)null), (laden.Deur, laden.HandelendeSoort, laden.HandelendeKenmerk, laden.Bestuur));
        Assert.True(laden.Aantal > 0);
        var referentie = await Keten.Storage.Referentie.ReferentiedataLoader.ReadFromStoreAsync(Store, CancellationToken.None);
        Assert.Equal(referentie.Medewerkers.Count, rijen.Count(r => r.Operatie == "medewerker toevoegen" && r.Deur == "intern"));
    }

    private async Task<HttpResponseMessage> RioRestAsync<T>(T body, string oin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rio/aangeboden-opleidingen") { Content = JsonContent.Create(body, options: RioJson.Options) };
        request.Headers.Add(RestAanroeper.OntwikkelHeader, oin);
        return await Client.SendAsync(request);
    }

    private async Task<List<AuditRegel>> RijenVanAsync(string sleutel) =>
        [.. (await AuditTabel.LeesAsync(Database)).Where(r => r.ObjectSleutel == sleutel)];

    private static async IAsyncEnumerable<Auditrij> Rijen(params Auditrij[] rijen)
    {
        foreach (var rij in rijen)
        {
            yield return rij;
        }

        await Task.CompletedTask;
    }
}

public sealed class AuditTestsOnSqlite() : AuditTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class AuditTestsOnPostgres(PostgresServer postgres) : AuditTests(StoreKind.Postgres, postgres);
