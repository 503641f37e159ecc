using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Microsoft.AspNetCore.Hosting;

namespace Keten.Server.Tests.Soap;

public sealed class WsdlTests(SoapTestServer server) : IClassFixture<SoapTestServer>
{
    private static readonly XNamespace WsdlNs = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace WsdlSoapNs = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace XsdNs = XmlSchema.Namespace;

    private readonly HttpClient client = server.CreateClient();

    [Theory]
    [InlineData("beheren4.0", "DUO_RIO_Beheren_OnderwijsOrganisatie_V4")]
    [InlineData("raadplegen4.0", "DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4")]
    [InlineData("inschrijvingen1.0", "DUO_ROD_Inschrijvingen_V1")]
    public async Task Wsdl_is_DUOs_with_the_default_public_address_of_dotnet_run(string service, string contract)
    {
        using var response = await client.GetAsync($"{SoapEnvelopes.Pad(service)}?wsdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var wsdl = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(contract, (string?)wsdl.Root!.Attribute("name"));
        var address = wsdl.Descendants(WsdlSoapNs + "address").Single();
        Assert.Equal($"http://localhost:5080{SoapEnvelopes.Pad(service)}", (string?)address.Attribute("location"));
        Assert.NotEmpty(wsdl.Descendants(WsdlNs + "operation"));
    }

    [Theory]
    [InlineData("beheren4.0")]
    [InlineData("raadplegen4.0")]
    [InlineData("inschrijvingen1.0")]
    public async Task Schema_import_of_the_wsdl_resolves_to_the_XSD_it_names(string service)
    {
        var wsdlUrl = new Uri(client.BaseAddress!, $"{SoapEnvelopes.Pad(service)}?wsdl");
        var wsdl = XDocument.Parse(await client.GetStringAsync(wsdlUrl));
        var import = wsdl.Descendants(XsdNs + "import").Single();
        var schemaUrl = new Uri(wsdlUrl, (string)import.Attribute("schemaLocation")!);

        using var response = await client.GetAsync(schemaUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream);
        var schema = XmlSchema.Read(reader, null)!;
        Assert.Equal((string?)import.Attribute("namespace"), schema.TargetNamespace);
        var set = new XmlSchemaSet();
        set.Add(schema);
        set.Compile();
        Assert.True(set.GlobalElements.Count > 0);
    }

    [Fact]
    public async Task Forged_host_header_does_not_change_the_configured_address_in_the_wsdl()
    {
        using var geconfigureerd = server.WithWebHostBuilder(b => b.UseSetting("Keten:PubliekAdres", "https://rio.keten.example/koppeling/"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/RIO/services/beheren4.0?wsdl");
        request.Headers.Host = "attacker.example";

        using var response = await geconfigureerd.CreateClient().SendAsync(request);

        var wsdl = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("https://rio.keten.example/koppeling/RIO/services/beheren4.0",
            (string?)wsdl.Descendants(WsdlSoapNs + "address").Single().Attribute("location"));
        Assert.Equal("https://rio.keten.example/koppeling/RIO/services/beheren4.0?xsd",
            (string?)wsdl.Descendants(XsdNs + "import").Single().Attribute("schemaLocation"));
        Assert.DoesNotContain("attacker", wsdl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_without_wsdl_or_xsd_is_not_found()
    {
        using var response = await client.GetAsync("/RIO/services/beheren4.0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
