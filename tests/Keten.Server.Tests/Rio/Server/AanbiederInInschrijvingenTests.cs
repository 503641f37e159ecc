using System.Net;
using Keten.Contract.Rio.Xml;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Rio.Schrijfpad;
using Keten.Server.Tests.Rod;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Server;

/// <summary>
/// N04820 "Wanneer een Onderwijsaanbieder moet worden verwijderd moeten eerst alle verwijzingen naar deze
/// Onderwijsaanbieder in Bron deelnames en Bron resultaten verwijderd worden": Keten's BRON is ROD, its enrolments.
/// </summary>
public abstract class AanbiederInInschrijvingenTests(StoreKind kind, PostgresServer? postgres) : RioServerTestBasis(kind, postgres)
{
    private static readonly DateOnly Begin = new(2026, 8, 1);
    private static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990020");

    [Fact]
    public async Task An_aanbieder_an_enrolment_names_is_not_deleted_with_N04820_until_the_enrolment_is_deleted()
    {
        var aanbieder = await TweeHosts.NieuweAanbiederAsync(Client);
        var inschrijving = InschrijvingBij(aanbieder);
        using var toegevoegd = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", inschrijving, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, toegevoegd.StatusCode);

        var geweigerd = await SoapBeherenAsync("verwijderen_onderwijsaanbieder", RocVoorbeeldOin, BeherenXmlWriter.VerwijderenOnderwijsaanbieder(aanbieder));

        Assert.Equal("false", geweigerd.Element(Ns + "requestGoedgekeurd")?.Value);
        var fout = Assert.Single(geweigerd.Elements(Ns + "foutmelding"));
        Assert.Equal("N04820", fout.Element(Ns + "foutcode")?.Value);
        Assert.Equal("Onderwijsaanbiedercode mag niet voorkomen in Bron deelnames of Bron resultaten", fout.Element(Ns + "fouttekst")?.Value);
        Assert.Equal([("onderwijsaanbiedercode", aanbieder)],
            fout.Elements(Ns + "sleutelgegeven").Select(s => (s.Element(Ns + "sleutelnaam")!.Value, s.Element(Ns + "sleutelwaarde")!.Value)));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/rio/onderwijsaanbieders/{aanbieder}")).StatusCode);

        using var uitRod = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/verwijderingen", inschrijving.Sleutel, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, uitRod.StatusCode);
        using var verwijderd = await TweeHosts.RestAsync(Client, HttpMethod.Delete, $"/api/rio/onderwijsaanbieders/{aanbieder}");
        Assert.True(verwijderd.IsSuccessStatusCode, await verwijderd.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/rio/onderwijsaanbieders/{aanbieder}")).StatusCode);
    }

    [Fact]
    public async Task An_aanbieder_with_offerings_and_enrolments_gets_N04810_and_N04820_at_once()
    {
        var aanbieder = await TweeHosts.NieuweAanbiederAsync(Client);
        using var ao = await RestAsync("/api/rio/aangeboden-opleidingen", NieuweMboOpleiding(aanbieder), RocVoorbeeldOin);
        Assert.True(ao.IsSuccessStatusCode, await ao.Content.ReadAsStringAsync());
        using var toegevoegd = await TweeHosts.RestAsync(Client, HttpMethod.Post, "/api/rod/inschrijvingen", InschrijvingBij(aanbieder), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, toegevoegd.StatusCode);

        using var geweigerd = await TweeHosts.RestAsync(Client, HttpMethod.Delete, $"/api/rio/onderwijsaanbieders/{aanbieder}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, geweigerd.StatusCode);
        var tekst = await geweigerd.Content.ReadAsStringAsync();
        Assert.Contains("N04810", tekst, StringComparison.Ordinal);
        Assert.Contains("N04820", tekst, StringComparison.Ordinal);
    }

    /// <summary>An MBO enrolment at ROC Voorbeeld's 99MA whose one period names the aanbieder.</summary>
    internal static Inschrijving InschrijvingBij(string aanbieder, string volgnummer = "M1") =>
        DemoDlr.Mbo(Leerling, DemoDlr.MboPeriode(Begin, null) with { Onderwijsaanbiedercode = aanbieder }) with { Inschrijvingvolgnummer = volgnummer };
}

public sealed class AanbiederInInschrijvingenTestsOnSqlite() : AanbiederInInschrijvingenTests(StoreKind.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class AanbiederInInschrijvingenTestsOnPostgres(PostgresServer postgres) : AanbiederInInschrijvingenTests(StoreKind.Postgres, postgres);
