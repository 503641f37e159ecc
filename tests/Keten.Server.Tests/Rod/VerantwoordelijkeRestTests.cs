using System.Net;
using System.Net.Http.Json;
using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Verzuim;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rio.Server;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// POST /api/rod/verantwoordelijke on the demo DLR pupil (Heuvelrug College 99VC and Rivierenland College 99MB, both in
/// fase VO from 2026-08-01): both schools hear that the VO school reports; a school without an enrolment of the pupil
/// hears nothing; the person is only ever in the body.
/// </summary>
public abstract class VerantwoordelijkeRestTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private const string HeuvelrugOin = "00000001990100000004";
    private const string RivierenlandOin = "00000001990100000002";
    private static readonly object Leerling = new { soort = "Bsn", waarde = "999990111" };

    [Fact]
    public async Task Both_schools_of_the_route_hear_that_the_vo_school_reports_in_fase_vo_and_only_the_vo_school_sees_its_volgnummer()
    {
        var mbo = await VraagAsync(RivierenlandOin, new { persoon = Leerling, datum = "2026-10-01" });
        var vo = await VraagAsync(HeuvelrugOin, new { persoon = Leerling, datum = "2026-10-01" });

        Assert.Equal(("99VC", Verantwoordelijkheidsredenen.FaseVo, (string?)null), (mbo.Verantwoordelijke!.Brin, mbo.Verantwoordelijke.Redencode, mbo.Verantwoordelijke.Inschrijvingvolgnummer));
        Assert.Equal(("99VC", "DEMOV1"), (vo.Verantwoordelijke!.Brin, vo.Verantwoordelijke.Inschrijvingvolgnummer));
    }

    [Fact]
    public async Task Before_the_enrolments_begin_nobody_is_responsible()
    {
        var antwoord = await VraagAsync(HeuvelrugOin, new { persoon = Leerling, datum = "2026-07-31" });

        Assert.Null(antwoord.Verantwoordelijke);
    }

    [Fact]
    public async Task A_school_without_an_enrolment_of_the_pupil_gets_404_and_a_wrong_number_ROD002()
    {
        using var vreemd = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/verantwoordelijke", new { persoon = Leerling, datum = "2026-10-01" }, oin: DemoBesturen.KanaalstreekOin);
        using var fout = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/verantwoordelijke", new { persoon = new { soort = "Bsn", waarde = "123456789" } }, oin: HeuvelrugOin);

        Assert.Equal(HttpStatusCode.NotFound, vreemd.StatusCode);
        Assert.DoesNotContain("999990111", await vreemd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fout.StatusCode);
        Assert.Equal("ROD002", await TweeHosts.CodeAsync(fout));
    }

    private async Task<VerantwoordelijkheidAntwoord> VraagAsync(string oin, object vraag)
    {
        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/verantwoordelijke", vraag, oin: oin);
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<VerantwoordelijkheidAntwoord>(RioJson.Options))!;
    }
}

public sealed class VerantwoordelijkeRestTestsOnSqlite() : VerantwoordelijkeRestTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class VerantwoordelijkeRestTestsOnPostgres(PostgresServer postgres) : VerantwoordelijkeRestTests(StoreKind.Postgres, postgres);
