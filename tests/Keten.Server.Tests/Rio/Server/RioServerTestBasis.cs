using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Server;
using Keten.Server.Tests.Soap;
using Keten.Storage;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Server;

/// <summary>A real Keten server with the demo content on a fresh database, and the ways to talk to RIO on it.</summary>
public abstract class RioServerTestBasis(StoreKind kind, PostgresServer? postgres) : KetenServerTestBasis(kind, postgres)
{
    protected static readonly XNamespace Ns = RioSoapServices.BeherenNamespace;

    public static AangebodenOpleiding NieuweMboOpleiding(string aanbieder) => new(
        Guid.NewGuid(), AangebodenOpleidingSoort.Mbo, aanbieder, null, new DateOnly(2024, 8, 1), null, null,
        new OpleidingserkenningSleutel("CREBO", "25655"), null, null,
        [new AangebodenOpleidingPeriode(new DateOnly(2024, 8, 1), "Verkoopmedewerker", null, null, [])],
        [], null, [], "BOL", "MBO-2", "NEE", "ALL");

    protected static Kenmerk Samenwerkend(string code) => new(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, code);

    protected static AangebodenOpleidingCohort Cohort(string code) => new(code, "O",
        [new Kenmerk("opleidingsvorm", KenmerkType.Enumeratiewaarde, "KLASSIKAAL")],
        new DateOnly(2024, 10, 1), new DateOnly(2025, 8, 25), null, null, null, "NEE", null, null, null, []);

    protected static string Json<T>(T waarde) => RioJson.Serialize(waarde);

    protected Task<XElement> SoapBeherenAsync(string operatie, string oin, params object[] inhoud) =>
        PostAsync(RioSoapServices.Beheren, operatie, SoapEnvelopes.Verzoek(RioSoapServices.Beheren, operatie, "SCHOOL", inhoud), oin);

    protected async Task<XElement> PostAsync(string service, string operatie, XElement body, string oin)
    {
        var antwoord = await SoapEnvelopes.PostAsync(Client, service, SoapEnvelopes.Envelope(service, operatie, body, fromOin: oin, toOin: Oin.Duo));
        Assert.False(antwoord.IsFault, antwoord.FaultString);
        ContractValidatie.AssertValid(antwoord.Body);
        return antwoord.Body;
    }

    protected async Task<HttpResponseMessage> RestAsync<T>(string pad, T body, string oin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, pad) { Content = JsonContent.Create(body, options: RioJson.Options) };
        request.Headers.Add("Keten-Ontwikkel-OIN", oin);
        return await Client.SendAsync(request);
    }
}
