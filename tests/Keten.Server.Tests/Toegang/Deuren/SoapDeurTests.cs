using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Tests.Soap;
using Keten.Server.Toegang;
using Microsoft.Extensions.DependencyInjection;

namespace Keten.Server.Tests.Toegang.Deuren;

/// <summary>
/// Issue 7 point 7 on SOAP: every operation of the three WSDLs is listed here, public (RIO Raadplegen's public data) or
/// with a request aimed at demo board Rivierenland's data (<see cref="Eigendom"/>). Sent with a foreign board's OIN in
/// wsa:From (development mode: who the M2M check would prove; the strict checks have their own tests), each is refused
/// (AUT401, ROD004, not found) and shows none of the owner's data; the owner's same request is not refused for
/// authorisation.
/// </summary>
public sealed class SoapDeurTests() : KetenServerTestBasis(StoreKind.Sqlite, null)
{
    private const string Beheren = RioSoapServices.Beheren;
    private const string Raadplegen = RioSoapServices.Raadplegen;
    private const string Inschrijvingen = RodSoapServices.Inschrijvingen;
    private static readonly XNamespace Rod = SoapEnvelopes.RodNs;
    private static readonly XNamespace R = SoapEnvelopes.RaadplegenNs;

    private static readonly HashSet<(string, string)> Openbaar =
    [
        .. new[]
        {
            "opvragen_aangebodenOpleiding", "opvragen_aangebodenOpleidingenVanOrganisatie", "opvragen_gewijzigdOnderwijslocatiegebruik",
            "opvragen_gewijzigdeAangebodenOpleidingen", "opvragen_gewijzigdeOnderwijsaanbieders", "opvragen_instellingsstructuur",
            "opvragen_onderwijsaanbieder", "opvragen_onderwijsaanbiedersVanOrganisatie", "opvragen_onderwijslocatie",
            "opvragen_onderwijslocatiegebruik", "opvragen_onderwijslocatiegebruikVanOrganisatie", "opvragen_opleidingseenhedenVanOrganisatie",
            "opvragen_opleidingsrelatiesBijOpleidingseenheid",
        }.Select(o => (Raadplegen, o)),
        (Inschrijvingen, "identificatieverzoek"),
    ];

    [Fact]
    public void Every_operation_of_the_wsdls_is_walked_or_listed_as_open()
    {
        var contracten = Server.Services.GetRequiredService<SoapContracten>();
        var inWsdl = new[] { Beheren, Raadplegen, Inschrijvingen }
            .SelectMany(s => contracten.Get(s).SoapActions.Keys.Select(o => (s, o))).ToHashSet();

        var gelopen = Verzoeken().Select(v => (v.Service, v.Operatie)).Concat(Openbaar).ToHashSet();

        Assert.Empty(inWsdl.Except(gelopen));
        Assert.Empty(gelopen.Except(inWsdl));
    }

    [Fact]
    public async Task A_foreign_board_is_refused_on_every_operation_of_the_owners_data_and_the_owner_is_not()
    {
        var eigendom = await EigendomAsync();

        foreach (var verzoek in Verzoeken())
        {
            var tekst = await StuurAsync(verzoek, eigendom, Vreemd.Oin);
            Assert.True(Vreemd.Code(tekst) || verzoek.Lezen, $"{verzoek.Operatie} for a foreign board: {tekst}");
            Assert.False(tekst.Contains(Eigendom.Volgnummer, StringComparison.Ordinal), $"{verzoek.Operatie} showed the owner's enrolment: {tekst}");
            Assert.False(verzoek.Lezen && tekst.Contains(eigendom.Eenheidcode, StringComparison.Ordinal), $"{verzoek.Operatie} showed the owner's key: {tekst}");
        }

        foreach (var verzoek in Verzoeken().OrderBy(v => v.Operatie.StartsWith("verwijderen", StringComparison.Ordinal)))
        {
            var tekst = await StuurAsync(verzoek, eigendom, Eigendom.Oin);
            Assert.False(Vreemd.Code(tekst), $"{verzoek.Operatie} for the owner: {tekst}");
            Assert.True(!verzoek.Lezen || tekst.Contains(verzoek.Operatie == "opvragen_rioIdentificatiecode" ? eigendom.Eenheidcode : Eigendom.Volgnummer, StringComparison.Ordinal)
                || verzoek.Operatie == "opvragen_gewijzigdeKetensignalen"
                // The pupil's VO school (another board) reports in fase VO: its volgnummer is not the owner's to see.
                || (verzoek.Operatie == "opvragen_verantwoordelijke" && tekst.Contains("VER01", StringComparison.Ordinal)), $"{verzoek.Operatie} for the owner: {tekst}");
        }
    }

    private static IEnumerable<SoapDeurverzoek> Verzoeken()
    {
        yield return new(Beheren, "aanleveren_onderwijsaanbieder", e => [.. BeherenXmlWriter.AanleverenOnderwijsaanbieder(e.Aanbieder)]);
        yield return new(Beheren, "verwijderen_onderwijsaanbieder", e => [BeherenXmlWriter.VerwijderenOnderwijsaanbieder(Eigendom.Aanbiedercode)]);
        yield return new(Beheren, "aanleveren_onderwijslocatiegebruik", e => [BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(e.Locatiegebruik)]);
        yield return new(Beheren, "verwijderen_onderwijslocatiegebruik", e => [.. BeherenXmlWriter.VerwijderenOnderwijslocatiegebruik(Eigendom.Bestuur, e.Locatiegebruik.Onderwijslocatiecode!)]);
        yield return new(Beheren, "aanleveren_opleidingseenheid", e => [BeherenXmlWriter.AanleverenOpleidingseenheid(Deurverzoeken.Eenheid(Eigendom.EigenSleutel) with { Opleidingseenheidcode = e.Eenheidcode })]);
        yield return new(Beheren, "verwijderen_opleidingseenheid", e => [BeherenXmlWriter.VerwijderenOpleidingseenheid(e.Eenheidcode)]);
        yield return new(Beheren, "aanleveren_opleidingsrelatie", e => [BeherenXmlWriter.AanleverenOpleidingsrelatie(Relatie(e))]);
        yield return new(Beheren, "verwijderen_opleidingsrelatie", e => [.. BeherenXmlWriter.VerwijderenOpleidingsrelatie(Relatie(e))]);
        yield return new(Beheren, "aanleveren_aangebodenOpleiding", e => [BeherenXmlWriter.AanleverenAangebodenOpleiding(e.AangebodenOpleiding)]);
        yield return new(Beheren, "verwijderen_aangebodenOpleiding", e => [BeherenXmlWriter.VerwijderenAangebodenOpleiding(e.AangebodenOpleiding.AangebodenOpleidingCode)]);
        yield return new(Raadplegen, "opvragen_rioIdentificatiecode", e => [new XElement(R + "eigenOpleidingseenheidSleutel", Eigendom.EigenSleutel)], Lezen: true);

        yield return new(Inschrijvingen, "toevoegen_inschrijving", e => [Inschrijving("W1")]);
        yield return new(Inschrijvingen, "aanpassen_inschrijving", e => [Inschrijving(Eigendom.Volgnummer)]);
        yield return new(Inschrijvingen, "uitschrijven_inschrijving", e => [new XElement(Rod + "uitschrijving", Sleutel(),
            new XElement(Rod + "datumUitschrijvingWerkelijk", "2026-12-01"), new XElement(Rod + "redenUitstroom", "02"))]);
        yield return new(Inschrijvingen, "verwijderen_inschrijving", e => [new XElement(Rod + "inschrijvingSleutel", Sleutel())]);
        yield return new(Inschrijvingen, "opvragen_inschrijving", e => [new XElement(Rod + "inschrijvingId", e.InschrijvingId)], Lezen: true);
        yield return new(Inschrijvingen, "zoeken_inschrijvingen", e => [new XElement(Rod + "brin", Eigendom.Brin), new XElement(Rod + "pagina", "0")], Lezen: true);
        yield return new(Inschrijvingen, "opvragen_gewijzigdeKetensignalen", e => [new XElement(Rod + "pagina", "0")], Lezen: true);
        yield return new(Inschrijvingen, "opvragen_verantwoordelijke",
            e => [new XElement(Rod + "burgerservicenummer", Eigendom.Bsn), new XElement(Rod + "datum", "2026-10-01")], Lezen: true);
    }

    private static Opleidingsrelatie Relatie(SoapEigendom e) => new(Eigendom.Bestuur, new DateOnly(2024, 2, 1), null, e.Eenheidcode, e.Eenheidcode2);

    private static XElement Inschrijving(string volgnummer) => new(Rod + "inschrijving",
        new XElement(Rod + "brin", Eigendom.Brin),
        new XElement(Rod + "burgerservicenummer", Eigendom.Bsn),
        new XElement(Rod + "inschrijvingvolgnummer", volgnummer),
        new XElement(Rod + "sector", "MBO"),
        new XElement(Rod + "datumInschrijving", "2026-08-01"),
        new XElement(Rod + "hoogsteVooropleiding", "04"),
        new XElement(Rod + "inschrijvingsperiode",
            new XElement(Rod + "datumBegin", "2026-08-01"),
            new XElement(Rod + "opleidingcode", "25491"),
            new XElement(Rod + "leertraject", "BOL"),
            new XElement(Rod + "indicatieBekostigbaar", "true"),
            new XElement(Rod + "onderwijsaanbiedercode", Eigendom.Aanbiedercode)));

    private static XElement[] Sleutel() =>
    [
        new XElement(Rod + "brin", Eigendom.Brin),
        new XElement(Rod + "burgerservicenummer", Eigendom.Bsn),
        new XElement(Rod + "inschrijvingvolgnummer", Eigendom.Volgnummer),
    ];


    private async Task<string> StuurAsync(SoapDeurverzoek verzoek, SoapEigendom eigendom, string oin)
    {
        var body = SoapEnvelopes.Verzoek(verzoek.Service, verzoek.Operatie, "SCHOOL", verzoek.Inhoud(eigendom));
        var antwoord = await SoapEnvelopes.PostAsync(Client, verzoek.Service, SoapEnvelopes.Envelope(verzoek.Service, verzoek.Operatie, body, fromOin: oin));
        Assert.False(antwoord.IsFault, $"{verzoek.Operatie}: {antwoord.FaultString}");
        return antwoord.Body.ToString();
    }

    private async Task<SoapEigendom> EigendomAsync()
    {
        var code1 = await NieuweEenheidAsync(Eigendom.EigenSleutel);
        var code2 = await NieuweEenheidAsync("DEUR-2");
        Assert.NotNull(await RioRestAsync("/api/rio/opleidingsrelaties", new Opleidingsrelatie(Eigendom.Bestuur, new DateOnly(2024, 2, 1), null, code1, code2)));
        using var zoeken = new HttpRequestMessage(HttpMethod.Post, "/api/rod/inschrijvingen/zoeken") { Content = JsonContent.Create(new { brin = Eigendom.Brin }) };
        zoeken.Headers.Add(RestAanroeper.OntwikkelHeader, Eigendom.Oin);
        using var gevonden = await Client.SendAsync(zoeken);
        var id = JsonNode.Parse(await gevonden.Content.ReadAsStringAsync())!["items"]!.AsArray()
            .Single(i => i!["inschrijving"]!["inschrijvingvolgnummer"]!.GetValue<string>() == Eigendom.Volgnummer)!["inschrijvingId"]!.GetValue<string>();
        return new SoapEigendom(
            (await Client.GetFromJsonAsync<Onderwijsaanbieder>($"/api/rio/onderwijsaanbieders/{Eigendom.Aanbiedercode}", RioJson.Options))!,
            (await Client.GetFromJsonAsync<PaginaVan<Onderwijslocatiegebruik>>($"/api/rio/onderwijsbesturen/{Eigendom.Bestuur}/onderwijslocatiegebruiken", RioJson.Options))!.Items[0],
            (await Client.GetFromJsonAsync<PaginaVan<AangebodenOpleiding>>($"/api/rio/onderwijsaanbieders/{Eigendom.Aanbiedercode}/aangeboden-opleidingen", RioJson.Options))!.Items[0],
            code1,
            code2,
            id);
    }

    private async Task<string> NieuweEenheidAsync(string eigenSleutel) =>
        (await RioRestAsync("/api/rio/opleidingseenheden", Deurverzoeken.Eenheid(eigenSleutel))).ToegekendeCode!;

    private async Task<Terugkoppeling> RioRestAsync<T>(string pad, T body)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, pad) { Content = JsonContent.Create(body, options: RioJson.Options) };
        verzoek.Headers.Add(RestAanroeper.OntwikkelHeader, Eigendom.Oin);
        using var antwoord = await Client.SendAsync(verzoek);
        Assert.True(antwoord.IsSuccessStatusCode, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<Terugkoppeling>(RioJson.Options))!;
    }

    private sealed record PaginaVan<T>(IReadOnlyList<T> Items, int AantalResultaten);

    private sealed record SoapDeurverzoek(string Service, string Operatie, Func<SoapEigendom, object[]> Inhoud, bool Lezen = false);

    private sealed record SoapEigendom(Onderwijsaanbieder Aanbieder, Onderwijslocatiegebruik Locatiegebruik, AangebodenOpleiding AangebodenOpleiding,
        string Eenheidcode, string Eenheidcode2, string InschrijvingId);
}
