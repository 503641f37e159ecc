using System.Net;
using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Server.Soap;

namespace Keten.Server.Tests.Soap;

public sealed class SoapRoundTripTests(SoapTestServer server) : IClassFixture<SoapTestServer>
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Beheren_request_is_answered_with_the_handlers_response_and_WS_Addressing_reply_headers()
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        var messageId = SoapEnvelopes.Header(envelope, "MessageID")!.Value;

        var antwoord = await SoapEnvelopes.PostAsync(client, SoapEnvelopes.Beheren, envelope);

        Assert.Equal(HttpStatusCode.OK, antwoord.Status);
        Assert.Equal("text/xml; charset=UTF-8", antwoord.ContentType);
        Assert.False(antwoord.IsFault, antwoord.FaultString);
        Assert.Equal(SoapEnvelopes.BeherenNs + "verwijderen_aangebodenOpleiding_response", antwoord.Body.Name);
        Assert.Equal(messageId, antwoord.Wsa("RelatesTo"));
        Assert.Equal(SoapEnvelopes.Action(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding"), antwoord.Wsa("Action"));
        Assert.Equal(SoapEnvelopes.Header(envelope, "From")!.Value, antwoord.Wsa("To"));
        Assert.Equal(SoapEnvelopes.Header(envelope, "To")!.Value, antwoord.Wsa("From"));
        Assert.Matches("^urn:uuid:[0-9a-f-]{36}$", antwoord.Wsa("MessageID"));
        Assert.NotEqual(messageId, antwoord.Wsa("MessageID"));
    }

    [Fact]
    public async Task Response_bedrijfsdocument_echoes_the_identificatiecode_and_swaps_the_instanties()
    {
        var body = TestBerichten.VerwijderenAangebodenOpleiding();
        var ns = SoapEnvelopes.BeherenNs;
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", body);

        var antwoord = await SoapEnvelopes.PostAsync(client, SoapEnvelopes.Beheren, envelope);

        var response = antwoord.Body;
        Assert.Equal(body.Element(ns + "identificatiecodeBedrijfsdocument")!.Value,
            response.Element(ns + "identificatiecodeBedrijfsdocument")!.Value);
        Assert.Equal("DUO", response.Element(ns + "verzendendeInstantie")!.Value);
        Assert.Equal("100B490", response.Element(ns + "ontvangendeInstantie")!.Value);
        Assert.Equal("2024-03-01T09:30:15.123Z", response.Element(ns + "datumTijdBedrijfsdocument")!.Value);
        Assert.Equal("true", response.Element(ns + "requestGoedgekeurd")!.Value);
        ContractValidatie.AssertValid(response);
    }

    [Fact]
    public async Task Raadplegen_request_is_answered_with_an_XSD_valid_response()
    {
        var envelope = SoapEnvelopes.Envelope(
            SoapEnvelopes.Raadplegen, "opvragen_onderwijsaanbieder", TestBerichten.OpvragenOnderwijsaanbieder());

        var antwoord = await SoapEnvelopes.PostAsync(client, SoapEnvelopes.Raadplegen, envelope);

        Assert.False(antwoord.IsFault, antwoord.FaultString);
        Assert.Equal(SoapEnvelopes.RaadplegenNs + "opvragen_onderwijsaanbieder_response", antwoord.Body.Name);
        Assert.Equal(SoapEnvelopes.Header(envelope, "MessageID")!.Value, antwoord.Wsa("RelatesTo"));
        ContractValidatie.AssertValid(antwoord.Body);
    }

    [Fact]
    public async Task Handler_receives_the_OINs_the_message_id_and_the_bedrijfsdocument()
    {
        var body = TestBerichten.VerwijderenAangebodenOpleiding();
        var envelope = SoapEnvelopes.Envelope(
            SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", body, fromOin: "0000000700099ZZ00000");

        var antwoord = await SoapEnvelopes.PostAsync(client, SoapEnvelopes.Beheren, envelope);

        Assert.False(antwoord.IsFault, antwoord.FaultString);
        var identificatiecode = body.Element(SoapEnvelopes.BeherenNs + "identificatiecodeBedrijfsdocument")!.Value;
        var verzoek = Assert.Single(server.Verzoeken, v => v.IdentificatiecodeBedrijfsdocument == identificatiecode);
        Assert.Equal(RioSoapServices.Beheren, verzoek.Service);
        Assert.Equal("verwijderen_aangebodenOpleiding", verzoek.Operatie);
        Assert.Equal("0000000700099ZZ00000", verzoek.VerzenderOin);
        Assert.Equal(SoapEnvelopes.DuoOin, verzoek.OntvangerOin);
        Assert.Equal(SoapEnvelopes.Header(envelope, "MessageID")!.Value, verzoek.MessageId);
        Assert.Equal("100B490", verzoek.VerzendendeInstantie);
        Assert.Equal("DUO", verzoek.OntvangendeInstantie);
        Assert.Equal(body.Name, verzoek.Body.Name);
    }

    [Theory]
    [InlineData("urn:uuid:550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("uuid:38aefb9e-f6f5-4b77-82f4-30db9e22c98a")]
    [InlineData("550E8400-E29B-41D4-A716-446655440000")]
    public async Task MessageID_may_be_a_bare_or_prefixed_UUID(string messageId)
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        SoapEnvelopes.Header(envelope, "MessageID")!.Value = messageId;

        var antwoord = await SoapEnvelopes.PostAsync(client, SoapEnvelopes.Beheren, envelope);

        Assert.False(antwoord.IsFault, antwoord.FaultString);
        Assert.Equal(messageId, antwoord.Wsa("RelatesTo"));
    }

    [Fact]
    public async Task WS_Security_header_is_accepted_and_not_validated_yet()
    {
        XNamespace wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
        XNamespace wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
        var envelope = TestBerichten.GoedBeherenEnvelope();
        envelope.Root!.Element(SoapEnvelopes.Soap + "Header")!.AddFirst(
            new XElement(wsse + "Security",
                new XAttribute(SoapEnvelopes.Soap + "mustUnderstand", "1"),
                new XElement(wsu + "Timestamp",
                    new XElement(wsu + "Created", "2024-03-01T09:30:00.000Z"),
                    new XElement(wsu + "Expires", "2024-03-01T09:40:00.000Z"))));

        var antwoord = await SoapEnvelopes.PostAsync(client, SoapEnvelopes.Beheren, envelope);

        Assert.False(antwoord.IsFault, antwoord.FaultString);
    }
}
