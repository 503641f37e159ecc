using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Keten.Server.Tests.Soap;

/// <summary>Every check of DUO's PvE §6.5 answers with its own faultcode.</summary>
public sealed class SoapFaultTests(SoapTestServer server) : IClassFixture<SoapTestServer>
{
    private readonly HttpClient client = server.CreateClient();

    private static readonly XNamespace B = SoapEnvelopes.BeherenNs;

    private Task<SoapAntwoord> Post(XDocument envelope, string? soapAction = null) =>
        SoapEnvelopes.PostAsync(client, SoapEnvelopes.Beheren, envelope, soapAction);

    private async Task<SoapAntwoord> PostRaw(byte[] inhoud, string contentType, string? soapAction)
    {
        using var request = SoapEnvelopes.HttpVerzoek(SoapEnvelopes.Beheren, inhoud, contentType, soapAction);
        using var response = await client.SendAsync(request);
        return await SoapAntwoord.LeesAsync(response);
    }

    private static string GoedeAction => SoapEnvelopes.Action(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding");

    private static void AssertFault(SoapAntwoord antwoord, string code)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, antwoord.Status);
        Assert.Equal("text/xml; charset=UTF-8", antwoord.ContentType);
        Assert.True(antwoord.IsFault, "expected a fault, got " + antwoord.Body.Name);
        Assert.Equal(code, antwoord.FaultCode);
        Assert.False(string.IsNullOrWhiteSpace(antwoord.FaultString));
    }

    [Fact]
    public async Task Body_that_is_not_UTF8_is_refused_with_DK0009()
    {
        var xml = TestBerichten.GoedBeherenEnvelope().ToString(SaveOptions.DisableFormatting)
            .Replace("100B490</", "100B490é</", StringComparison.Ordinal);
        var latin1 = Encoding.Latin1.GetBytes(xml);

        var antwoord = await PostRaw(latin1, "text/xml;charset=UTF-8", GoedeAction);

        AssertFault(antwoord, "Client.DK0009");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40_000)] // read whole before parsing
    [InlineData(100_000)] // parsed while it streams in
    public async Task Invalid_UTF8_is_reported_with_its_byte_offset(int opvulling)
    {
        var xml = TestBerichten.GoedBeherenEnvelope().ToString(SaveOptions.DisableFormatting)
            .Replace("</soapenv:Header>", "</soapenv:Header>" + new string(' ', opvulling), StringComparison.Ordinal)
            .Replace("100B490</", "100B490é</", StringComparison.Ordinal);
        var latin1 = Encoding.Latin1.GetBytes(xml);
        Assert.True(Array.IndexOf(latin1, (byte)0xE9) > opvulling);

        var antwoord = await PostRaw(latin1, "text/xml;charset=UTF-8", GoedeAction);

        AssertFault(antwoord, "Client.DK0009");
        Assert.Contains($"vanaf byte {Array.IndexOf(latin1, (byte)0xE9)}", antwoord.FaultString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000)]
    public async Task A_UTF8_byte_order_mark_is_skipped_and_counted_in_byte_offsets(int opvulling)
    {
        var xml = TestBerichten.GoedBeherenEnvelope().ToString(SaveOptions.DisableFormatting)
            .Replace("</soapenv:Header>", "</soapenv:Header>" + new string(' ', opvulling), StringComparison.Ordinal);
        byte[] bom = [0xEF, 0xBB, 0xBF];

        var goed = await PostRaw([.. bom, .. Encoding.UTF8.GetBytes(xml)], "text/xml;charset=UTF-8", GoedeAction);
        var fout = await PostRaw([.. bom, .. Encoding.Latin1.GetBytes(xml.Replace("100B490</", "100B490é</", StringComparison.Ordinal))],
            "text/xml;charset=UTF-8", GoedeAction);

        Assert.DoesNotContain("DK", goed.FaultCode ?? "", StringComparison.Ordinal);
        AssertFault(fout, "Client.DK0009");
        Assert.Contains($"vanaf byte {bom.Length + Encoding.Latin1.GetBytes(xml).AsSpan().IndexOf("100B490</"u8) + 7}", fout.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_type_with_another_charset_is_refused_with_DK0009()
    {
        var xml = Encoding.UTF8.GetBytes(TestBerichten.GoedBeherenEnvelope().ToString());

        var antwoord = await PostRaw(xml, "text/xml;charset=ISO-8859-1", GoedeAction);

        AssertFault(antwoord, "Client.DK0009");
    }

    [Fact]
    public async Task XML_declaration_with_another_encoding_is_refused_with_DK0009()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + TestBerichten.GoedBeherenEnvelope().ToString();

        var antwoord = await PostRaw(Encoding.UTF8.GetBytes(xml), "text/xml", GoedeAction);

        AssertFault(antwoord, "Client.DK0009");
    }

    [Fact]
    public async Task SOAP_1_2_envelope_is_refused_with_DK0001()
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        XNamespace soap12 = "http://www.w3.org/2003/05/soap-envelope";
        foreach (var element in envelope.Root!.DescendantsAndSelf().Where(e => e.Name.Namespace == SoapEnvelopes.Soap).ToList())
        {
            element.Name = soap12 + element.Name.LocalName;
        }
        envelope.Root.Attribute(XNamespace.Xmlns + "soapenv")!.Value = soap12.NamespaceName;

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "VersionMismatch.DK0001");
    }

    [Fact]
    public async Task SOAP_1_2_content_type_is_refused_with_DK0001()
    {
        var xml = Encoding.UTF8.GetBytes(TestBerichten.GoedBeherenEnvelope().ToString());

        var antwoord = await PostRaw(xml, "application/soap+xml;charset=UTF-8", GoedeAction);

        AssertFault(antwoord, "VersionMismatch.DK0001");
    }

    [Fact]
    public async Task Malformed_XML_is_refused_with_DK0004()
    {
        var antwoord = await PostRaw(Encoding.UTF8.GetBytes("<soapenv:Envelope xmlns:soapenv=\"x\"><unclosed>"),
            "text/xml;charset=UTF-8", GoedeAction);

        AssertFault(antwoord, "Client.DK0004");
    }

    [Theory]
    [InlineData("To", "Client.DK0005")]
    [InlineData("Action", "Client.DK0006")]
    [InlineData("MessageID", "Client.DK0007")]
    [InlineData("From", "Client.EK0020")]
    public async Task Missing_WSA_header_is_refused_with_its_code(string header, string code)
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        SoapEnvelopes.Header(envelope, header)!.Remove();

        var antwoord = await Post(envelope, soapAction: GoedeAction);

        AssertFault(antwoord, code);
        Assert.Contains("wsa:" + header, antwoord.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_WSA_header_is_refused_with_DK0011()
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        var to = SoapEnvelopes.Header(envelope, "To")!;
        to.AddAfterSelf(new XElement(to));

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.DK0011");
    }

    [Theory]
    [InlineData("http://www.w3.org/2005/08/addressing/anonymous")]
    [InlineData("http://www.w3.org/2005/08/addressing/anonymous?oin=123")]
    [InlineData("http://www.w3.org/2005/08/addressing/anonymous?oin=0000000700025be00000")]
    [InlineData("http://www.w3.org/2005/08/addressing/anonymous?oin=000000070002500000000")]
    public async Task From_without_a_valid_OIN_is_refused_with_EK0021(string address)
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        SoapEnvelopes.Header(envelope, "From")!.Element(SoapEnvelopes.Wsa + "Address")!.Value = address;

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.EK0021");
    }

    [Fact]
    public async Task To_without_a_valid_OIN_is_refused_with_EK0022()
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        SoapEnvelopes.Header(envelope, "To")!.Value = "https://duo.nl/RIO/services/beheren4.0?oin=DUO";

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.EK0022");
    }

    [Fact]
    public async Task To_with_an_OIN_other_than_the_servers_is_refused_with_DK0011()
    {
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding",
            TestBerichten.VerwijderenAangebodenOpleiding(), toOin: "0000000700025BE00000");

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.DK0011");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("urn:uuid:not-a-uuid")]
    [InlineData("urn:x:550e8400-e29b-41d4-a716-446655440000")]
    public async Task MessageID_that_is_not_a_UUID_is_refused_with_EK0023(string messageId)
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        SoapEnvelopes.Header(envelope, "MessageID")!.Value = messageId;

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.EK0023");
    }

    [Fact]
    public async Task SOAPAction_header_different_from_wsa_Action_is_refused_with_DK0003()
    {
        var antwoord = await Post(TestBerichten.GoedBeherenEnvelope(),
            soapAction: SoapEnvelopes.Action(SoapEnvelopes.Beheren, "verwijderen_onderwijsaanbieder"));

        AssertFault(antwoord, "Client.DK0003");
    }

    [Fact]
    public async Task Missing_SOAPAction_header_is_refused_with_DK0003()
    {
        var xml = Encoding.UTF8.GetBytes(TestBerichten.GoedBeherenEnvelope().ToString());

        var antwoord = await PostRaw(xml, "text/xml;charset=UTF-8", soapAction: null);

        AssertFault(antwoord, "Client.DK0003");
    }

    [Fact]
    public async Task Action_that_is_no_operation_of_the_service_is_refused_with_DK0003()
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        var raadplegenAction = SoapEnvelopes.Action(SoapEnvelopes.Raadplegen, "opvragen_onderwijsaanbieder");
        SoapEnvelopes.Header(envelope, "Action")!.Value = raadplegenAction;

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.DK0003");
    }

    [Fact]
    public async Task Body_not_valid_against_the_XSD_is_refused_with_DK0004_naming_the_element_not_the_value()
    {
        const string bsn = "123456782";
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding",
            TestBerichten.VerwijderenAangebodenOpleiding(code: bsn));

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.DK0004");
        Assert.Contains("/verwijderen_aangebodenOpleiding_request/aangebodenOpleidingCode", antwoord.FaultString, StringComparison.Ordinal);
        Assert.DoesNotContain(bsn, antwoord.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_missing_a_required_element_is_refused_with_DK0004()
    {
        var body = TestBerichten.VerwijderenAangebodenOpleiding();
        body.Element(B + "aangebodenOpleidingCode")!.Remove();
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", body);

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.DK0004");
        Assert.Contains("aangebodenOpleidingCode", antwoord.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_element_of_another_operation_is_refused_with_DK0004()
    {
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding",
            TestBerichten.VerwijderenOnderwijsaanbieder());

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.DK0004");
    }

    [Fact]
    public async Task Body_with_two_elements_is_refused_with_DK0004()
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();
        envelope.Root!.Element(SoapEnvelopes.Soap + "Body")!.Add(TestBerichten.VerwijderenAangebodenOpleiding());

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.DK0004");
    }

    [Fact]
    public async Task Transport_checks_come_before_the_XSD()
    {
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding",
            TestBerichten.VerwijderenAangebodenOpleiding(code: "not-a-uuid"));
        SoapEnvelopes.Header(envelope, "To")!.Remove();

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Client.DK0005");
    }

    [Fact]
    public async Task Identificatiecode_bedrijfsdocument_that_is_not_a_UUID_is_refused_with_DK0050()
    {
        var body = TestBerichten.VerwijderenAangebodenOpleiding();
        body.Element(B + "identificatiecodeBedrijfsdocument")!.Value = "LEVERING_2024_001";
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", body);

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Server.DK0050");
        Assert.Equal("Ongeldige waarde voor identificatiecodeBedrijfsdocument", antwoord.FaultString);
    }

    [Fact]
    public async Task Operation_without_a_handler_is_refused_with_DK0051()
    {
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Raadplegen, "opvragen_instellingsstructuur",
            TestBerichten.OpvragenInstellingsstructuur());

        var antwoord = await SoapEnvelopes.PostAsync(client, SoapEnvelopes.Raadplegen, envelope);

        AssertFault(antwoord, "Server.DK0051");
    }

    [Fact]
    public async Task Handler_exception_becomes_DK0050_with_a_correlation_id_and_no_details()
    {
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_onderwijsaanbieder",
            TestBerichten.VerwijderenOnderwijsaanbieder());

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Server.DK0050");
        Assert.Contains("correlatie-id", antwoord.FaultString, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-host", antwoord.FaultString, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", antwoord.Envelope.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_response_not_valid_against_the_XSD_becomes_DK0050()
    {
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_onderwijslocatiegebruik",
            TestBerichten.VerwijderenOnderwijslocatiegebruik());

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Server.DK0050");
        Assert.Contains("correlatie-id", antwoord.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_may_answer_a_functional_DK0050_of_its_own()
    {
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_opleidingsrelatie",
            TestBerichten.VerwijderenOpleidingsrelatie());

        var antwoord = await Post(envelope);

        AssertFault(antwoord, "Server.DK0050");
        Assert.Equal("Ongeldige waarde voor naam: ExperimentX", antwoord.FaultString);
    }

    [Fact]
    public async Task Fault_relates_to_the_request_and_is_addressed_to_the_sender()
    {
        var envelope = TestBerichten.GoedBeherenEnvelope();

        var antwoord = await Post(envelope, soapAction: "urn:wrong");

        AssertFault(antwoord, "Client.DK0003");
        Assert.Equal(SoapEnvelopes.Header(envelope, "MessageID")!.Value, antwoord.Wsa("RelatesTo"));
        Assert.Equal(SoapEnvelopes.Header(envelope, "From")!.Element(SoapEnvelopes.Wsa + "Address")!.Value, antwoord.Wsa("To"));
        Assert.Equal("http://www.w3.org/2005/08/addressing/soap/fault", antwoord.Wsa("Action"));
    }
}
