using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Keten.Server.Soap.Beveiliging;
using Keten.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keten.Server.Tests.Soap;

/// <summary>
/// Both doors refuse a body over their size limit (Keten:Soap:MaxBerichtgrootte, Keten:Rest:MaxBerichtgrootte)
/// with a client error naming the limit, log one Information line, and stop reading at the limit.
/// </summary>
public sealed class BerichtgrootteTests : IClassFixture<SoapTestServer>, IDisposable
{
    private const int SoapLimiet = 8 * 1024;
    private const int RestLimiet = 4 * 1024;

    private readonly SoapTestServer basis;
    private readonly LogVerzamelaar log = new();
    private readonly WebApplicationFactory<Program> server;
    private readonly HttpClient client;

    public BerichtgrootteTests(SoapTestServer basis)
    {
        this.basis = basis;
        server = basis.WithWebHostBuilder(b => b
            .UseSetting("Keten:Soap:MaxBerichtgrootte", SoapLimiet.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Keten:Rest:MaxBerichtgrootte", RestLimiet.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log)));
        client = server.CreateDefaultClient();
    }

    public void Dispose()
    {
        client.Dispose();
        server.Dispose();
    }

    [Fact]
    public async Task Soap_body_just_under_the_limit_is_handled()
    {
        var antwoord = await PostSoapAsync(new ByteArrayContent(SoapBericht(SoapLimiet)));

        Assert.False(antwoord.IsFault, antwoord.FaultString);
    }

    [Fact]
    public async Task Soap_body_over_the_limit_is_refused_with_DK0004_naming_the_limit()
    {
        var verzoekenVoor = basis.Verzoeken.Count;

        var antwoord = await PostSoapAsync(new ByteArrayContent(SoapBericht(SoapLimiet + 1)));

        AssertTeGroteSoap(antwoord);
        Assert.Equal(verzoekenVoor, basis.Verzoeken.Count);
        AssertEenInformatieregel("Client.DK0004");
    }

    [Fact]
    public async Task Chunked_soap_body_without_content_length_over_the_limit_is_refused_with_DK0004()
    {
        using var bron = new EindelozeBody(SoapBericht(SoapLimiet + 1));

        var antwoord = await PostSoapAsync(ZonderLengte(bron));

        AssertTeGroteSoap(antwoord);
    }

    [Fact]
    public async Task Endless_soap_body_is_refused_after_reading_little_more_than_the_limit()
    {
        using var bron = new EindelozeBody(SoapBericht(SoapLimiet), eindeloos: true);

        var antwoord = await PostSoapAsync(new StreamContent(bron));

        AssertTeGroteSoap(antwoord);
        Assert.True(bron.Geleverd < EindelozeBody.Maximum, $"the server read {bron.Geleverd} bytes: all there was");
    }

    [Fact]
    public async Task Rest_body_over_the_limit_gets_413_problem_details_naming_the_limit()
    {
        using var response = await PostRestAsync(new ByteArrayContent(JsonBericht(RestLimiet + 1)));

        await AssertTeGroteRestAsync(response);
        AssertEenInformatieregel("413 KTN413");
    }

    [Fact]
    public async Task Chunked_rest_body_without_content_length_over_the_limit_gets_413()
    {
        using var bron = new EindelozeBody(JsonBericht(RestLimiet + 1));

        using var response = await PostRestAsync(ZonderLengte(bron));

        await AssertTeGroteRestAsync(response);
    }

    [Fact]
    public async Task Rest_body_under_the_limit_is_read_as_before()
    {
        using var response = await PostRestAsync(new ByteArrayContent(JsonBericht(RestLimiet)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("KTN400", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrel_refuses_an_endless_chunked_soap_body_and_a_too_long_rest_body()
    {
        using var kestrel = basis.WithWebHostBuilder(b => b
            .UseSetting("Keten:Soap:MaxBerichtgrootte", SoapLimiet.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Keten:Rest:MaxBerichtgrootte", RestLimiet.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var adres = new Uri(kestrel.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        using var echt = new HttpClient { BaseAddress = adres };

        var (antwoord, verzonden) = await RuweChunkedSoapAsync(adres, SoapBericht(SoapLimiet));
        using var response = await PostRestAsync(echt, new ByteArrayContent(JsonBericht(RestLimiet + 1)));

        Assert.StartsWith("HTTP/1.1 500", antwoord, StringComparison.Ordinal);
        Assert.Contains("Client.DK0004", antwoord, StringComparison.Ordinal);
        Assert.Contains($"maximale berichtgrootte van {SoapLimiet} bytes", antwoord, StringComparison.Ordinal);
        Assert.True(verzonden < EindelozeBody.Maximum, $"the server read {verzonden} bytes: all there was");
        await AssertTeGroteRestAsync(response);
    }

    /// <summary>
    /// Sends <paramref name="begin"/> and then spaces, chunked, over a plain socket until the server answers (an
    /// HttpClient stops at the broken pipe instead of reading the early answer); returns the raw answer and the
    /// number of body bytes sent.
    /// </summary>
    private static async Task<(string Antwoord, long Verzonden)> RuweChunkedSoapAsync(Uri adres, byte[] begin)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(adres.Host, adres.Port);
        var stream = tcp.GetStream();
        var action = SoapEnvelopes.Action(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding");
        var kop = $"POST /RIO/services/{SoapEnvelopes.Beheren} HTTP/1.1\r\nHost: {adres.Authority}\r\nContent-Type: text/xml;charset=UTF-8\r\n"
            + $"SOAPAction: \"{action}\"\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(kop));
        var lezen = new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        long verzonden = 0;
        var opvulling = Enumerable.Repeat((byte)' ', 1024).ToArray();
        try
        {
            for (var stuk = begin; !lezen.IsCompleted && verzonden < EindelozeBody.Maximum; stuk = opvulling)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{stuk.Length:X}\r\n"));
                await stream.WriteAsync(stuk);
                await stream.WriteAsync("\r\n"u8.ToArray());
                verzonden += stuk.Length;
            }
        }
        catch (IOException)
        {
            // The server closed the connection after answering: what was sent is what it could read.
        }
        return (await lezen, verzonden);
    }

    /// <summary>A valid verwijderen_aangebodenOpleiding envelope padded with whitespace to exactly <paramref name="grootte"/> bytes.</summary>
    private static byte[] SoapBericht(int grootte)
    {
        var xml = TestBerichten.GoedBeherenEnvelope().ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
        var einde = xml.LastIndexOf("</", StringComparison.Ordinal);
        var opvulling = grootte - Encoding.UTF8.GetByteCount(xml);
        Assert.True(opvulling >= 0);
        return Encoding.UTF8.GetBytes(xml[..einde] + new string(' ', opvulling) + xml[einde..]);
    }

    /// <summary>A JSON object (not a valid onderwijsaanbieder) of exactly <paramref name="grootte"/> bytes.</summary>
    private static byte[] JsonBericht(int grootte)
    {
        var leeg = "{\"x\":\"\"}";
        return Encoding.UTF8.GetBytes(leeg.Insert(6, new string('a', grootte - leeg.Length)));
    }

    /// <summary>Content of unknown length: the client sends it chunked, without Content-Length.</summary>
    private static StreamContent ZonderLengte(Stream bron)
    {
        var content = new StreamContent(bron);
        Assert.Null(content.Headers.ContentLength);
        return content;
    }

    private Task<SoapAntwoord> PostSoapAsync(HttpContent content) => PostSoapAsync(client, content);

    private Task<HttpResponseMessage> PostRestAsync(HttpContent content) => PostRestAsync(client, content);

    private static async Task<SoapAntwoord> PostSoapAsync(HttpClient client, HttpContent content)
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml;charset=UTF-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/RIO/services/" + SoapEnvelopes.Beheren) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction",
            "\"" + SoapEnvelopes.Action(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding") + "\"");
        using var response = await client.SendAsync(request);
        return await SoapAntwoord.LeesAsync(response);
    }

    private static async Task<HttpResponseMessage> PostRestAsync(HttpClient client, HttpContent content)
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rio/onderwijsaanbieders") { Content = content };
        request.Headers.Add(Keten.Server.Toegang.RestAanroeper.OntwikkelHeader, Rio.Server.DemoBesturen.RocVoorbeeldOin);
        return await client.SendAsync(request);
    }

    private static void AssertTeGroteSoap(SoapAntwoord antwoord)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, antwoord.Status);
        Assert.Equal("Client.DK0004", antwoord.FaultCode);
        Assert.Contains($"maximale berichtgrootte van {SoapLimiet} bytes", antwoord.FaultString, StringComparison.Ordinal);
    }

    private static async Task AssertTeGroteRestAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("KTN413", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(RestLimiet, problem.RootElement.GetProperty("maxBerichtgrootte").GetInt64());
        Assert.Contains($"{RestLimiet} bytes", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private void AssertEenInformatieregel(string bevat)
    {
        // The start-up warning that the SOAP security is off (Development) is not about this request.
        Assert.DoesNotContain(log.Regels, r => (r.Niveau >= LogLevel.Warning && r.Categorie != typeof(SoapBeveiligingMelding).FullName)
            || r.Exception is not null);
        var regel = Assert.Single(log.Regels, r => r.Tekst.Contains(bevat, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, regel.Niveau);
        Assert.DoesNotContain('\n', regel.Tekst);
    }

    /// <summary>
    /// A request body of unknown length (so sent chunked): the given bytes, then, when endless, spaces until
    /// <see cref="Maximum"/> (a server that reads it all gets an error instead of hanging the test).
    /// </summary>
    private sealed class EindelozeBody(byte[] begin, bool eindeloos = false) : Stream
    {
        public const long Maximum = 64L * 1024 * 1024;

        public long Geleverd { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Geleverd >= Maximum)
            {
                throw new IOException("The server read the whole endless body.");
            }
            var aantal = 0;
            while (aantal < count && (Geleverd < begin.Length || (eindeloos && Geleverd < Maximum)))
            {
                buffer[offset + aantal++] = Geleverd < begin.Length ? begin[Geleverd] : (byte)' ';
                Geleverd++;
            }
            return aantal;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Geleverd; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
