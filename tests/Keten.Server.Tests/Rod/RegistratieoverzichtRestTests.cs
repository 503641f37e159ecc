using System.Net;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rio.Server;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rod;

/// <summary>GET /api/rod/registratieoverzicht on the demo content: ROC Voorbeeld (BRIN 99MA) asks for its own RO.</summary>
public abstract class RegistratieoverzichtRestTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static readonly DateOnly Begin = new(2026, 8, 1);
    private static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990068");
    private const string Pad = "/api/rod/registratieoverzicht?brin=99MA&van=2026-08-01&tot=2027-07-31";

    [Fact]
    public async Task The_ro_is_streamed_as_csv_under_dues_file_name_to_the_own_board()
    {
        using var toegevoegd = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", Mbo(), Guid.NewGuid().ToString(), RocVoorbeeldOin);
        Assert.Equal(HttpStatusCode.OK, toegevoegd.StatusCode);

        using var antwoord = await TweeHosts.RestAsync(Client, HttpMethod.Get, Pad, oin: RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", antwoord.Content.Headers.ContentType?.CharSet);
        Assert.Equal("RO_99MA_20260801_20270731.CSV", antwoord.Content.Headers.ContentDisposition?.FileName);
        var regels = (await antwoord.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.StartsWith("VLP|99MA|2026-08-01|2027-07-31|", regels[0], StringComparison.Ordinal);
        Assert.Equal("ISG|999990068||M1|2026-08-01|||", regels[2]);
        Assert.Equal("SLR|1|1|1|0|0|0|0|0|0", regels[^1]);
    }

    [Fact]
    public async Task Another_boards_brin_is_not_found_and_a_wrong_date_is_a_400_naming_the_field()
    {
        using var ander = await TweeHosts.RestAsync(Client, HttpMethod.Get, Pad, oin: ZuidrandOin);
        using var onbekend = await TweeHosts.RestAsync(Client, HttpMethod.Get, Pad, oin: "00000009999999999000");
        using var datum = await TweeHosts.RestAsync(Client, HttpMethod.Get, Pad.Replace("2027-07-31", "31-7-2027", StringComparison.Ordinal), oin: RocVoorbeeldOin);
        using var moment = await TweeHosts.RestAsync(Client, HttpMethod.Get, Pad + "&bekendOp=gisteren", oin: RocVoorbeeldOin);

        Assert.Equal(HttpStatusCode.NotFound, ander.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, datum.StatusCode);
        Assert.Contains("KTN400", await datum.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Veld tot", await datum.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, moment.StatusCode);
        Assert.Contains("bekendOp", await moment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Inschrijving Mbo() => DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Begin, null));
}

public sealed class RegistratieoverzichtRestTestsOnSqlite() : RegistratieoverzichtRestTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class RegistratieoverzichtRestTestsOnPostgres(PostgresServer postgres) : RegistratieoverzichtRestTests(StoreKind.Postgres, postgres);
