using System.Net;
using System.Text;
using System.Xml.Linq;
using Keten.Server.Soap;
using Microsoft.AspNetCore.Http;

namespace Keten.Server.Tests.Soap;

/// <summary>
/// Every SOAP service refuses an element nested deeper than <see cref="SoapRequestLezer.MaxDiepte"/> with Client.DK0004
/// while reading it, before a DOM of it is built: the DOM cost time proportional to the square of the depth, so a
/// message of 100,000 nested elements (700 KB, well under the size limit) kept the server busy for minutes. A message
/// at the limit is handled as before, and a request whose client is gone is not parsed on.
/// </summary>
public sealed class BerichtdiepteTests(SoapTestServer server) : IClassFixture<SoapTestServer>
{
    private const int Diepte = SoapRequestLezer.MaxDiepte;

    /// <summary>The Envelope and its Header or Body take two of the levels.</summary>
    private const int EnvelopeEnDeel = 2;

    private readonly HttpClient client = server.CreateClient();

    public static TheoryData<string, string, string, int> TeDiep => new()
    {
        // Just past the limit: a small body, read whole and parsed synchronously.
        { SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", "Header", Diepte - EnvelopeEnDeel + 1 },
        { SoapEnvelopes.Raadplegen, "opvragen_onderwijsaanbieder", "Header", Diepte - EnvelopeEnDeel + 1 },
        { SoapEnvelopes.RodInschrijvingen, "toevoegen_inschrijving", "Header", Diepte - EnvelopeEnDeel + 1 },
        { SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", "Body", Diepte - EnvelopeEnDeel + 1 },
        // The reported message: 100,000 deep, 700 KB, parsed while it streams in. It took minutes before.
        { SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", "Header", 100_000 },
        { SoapEnvelopes.Raadplegen, "opvragen_onderwijsaanbieder", "Body", 100_000 },
        { SoapEnvelopes.RodInschrijvingen, "toevoegen_inschrijving", "Header", 100_000 },
        { SoapEnvelopes.RodInschrijvingen, "toevoegen_inschrijving", "Body", 100_000 },
    };

    [Theory]
    [MemberData(nameof(TeDiep))]
    public async Task A_message_nested_deeper_than_the_limit_is_refused_with_DK0004_naming_the_limit_and_the_part(
        string service, string operatie, string deel, int genest)
    {
        var verzoekenVoor = server.Verzoeken.Count;

        var antwoord = await PostAsync(service, operatie, MetGenesteElementen(Envelope(service, operatie), deel, genest));

        Assert.Equal(HttpStatusCode.InternalServerError, antwoord.Status);
        Assert.Equal("Client.DK0004", antwoord.FaultCode);
        Assert.Contains($"maximale diepte van {Diepte}", antwoord.FaultString, StringComparison.Ordinal);
        Assert.Contains($"in soap:{deel}", antwoord.FaultString, StringComparison.Ordinal);
        Assert.Equal(verzoekenVoor, server.Verzoeken.Count);
    }

    [Fact]
    public async Task A_message_nested_exactly_as_deep_as_the_limit_is_handled()
    {
        var verzoekenVoor = server.Verzoeken.Count;
        var xml = MetGenesteElementen(TestBerichten.GoedBeherenEnvelope(), "Header", Diepte - EnvelopeEnDeel);

        var antwoord = await PostAsync(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", xml);

        Assert.False(antwoord.IsFault, antwoord.FaultString);
        Assert.Equal("true", antwoord.Body.Element(SoapEnvelopes.BeherenNs + "requestGoedgekeurd")?.Value);
        Assert.Equal(verzoekenVoor + 1, server.Verzoeken.Count);
    }

    [Fact]
    public void The_largest_realistic_message_nests_far_below_the_limit()
    {
        var envelope = SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "aanleveren_aangebodenOpleiding",
            SoapEnvelopes.Verzoek(SoapEnvelopes.Beheren, "aanleveren_aangebodenOpleiding", "ROC",
                Keten.Contract.Rio.Xml.BeherenXmlWriter.AanleverenAangebodenOpleiding(GrootsteBerichtTests.GrootsteOpleiding())));

        var diepste = envelope.Descendants().Max(e => e.Ancestors().Count() + 1);

        Assert.InRange(diepste, 5, Diepte / 4);
    }

    [Theory]
    [InlineData(true)] // Content-Length given, small: read whole, then parsed synchronously
    [InlineData(false)] // chunked: parsed while it streams in
    public async Task A_request_whose_client_is_gone_is_not_parsed_on(bool metLengte)
    {
        var xml = TestBerichten.GoedBeherenEnvelope().ToString(SaveOptions.DisableFormatting);
        var bytes = Encoding.UTF8.GetBytes(xml.Replace("</soapenv:Header>", new string(' ', metLengte ? 1_000 : 200_000) + "</soapenv:Header>", StringComparison.Ordinal));
        using var weg = new CancellationTokenSource();
        var context = new DefaultHttpContext();
        context.Request.ContentType = "text/xml;charset=UTF-8";
        context.Request.ContentLength = metLengte ? bytes.Length : null;
        context.Request.Body = new AfbrekendeBody(bytes, weg);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SoapRequestLezer.LeesAsync(context, bytes.Length, weg.Token));
    }

    private static XDocument Envelope(string service, string operatie) =>
        SoapEnvelopes.Envelope(service, operatie, SoapEnvelopes.Verzoek(service, operatie, "100B490"));

    /// <summary>The envelope as text with <paramref name="genest"/> nested &lt;x&gt; elements at the start of its Header or Body.</summary>
    private static string MetGenesteElementen(XDocument envelope, string deel, int genest)
    {
        var xml = envelope.Declaration + envelope.ToString(SaveOptions.DisableFormatting);
        var begin = $"<soapenv:{deel}>";
        var nest = new StringBuilder(genest * 7);
        nest.Insert(0, "<x>", genest).Insert(nest.Length, "</x>", genest);
        var positie = xml.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        return xml.Insert(positie, nest.ToString());
    }

    private async Task<SoapAntwoord> PostAsync(string service, string operatie, string xml)
    {
        using var request = SoapEnvelopes.HttpVerzoek(service, Encoding.UTF8.GetBytes(xml), "text/xml;charset=UTF-8",
            SoapEnvelopes.Action(service, operatie));
        using var response = await client.SendAsync(request);
        return await SoapAntwoord.LeesAsync(response);
    }

    /// <summary>A body that delivers all its bytes, but cancels the request (the client went away) in its first read.</summary>
    private sealed class AfbrekendeBody(byte[] inhoud, CancellationTokenSource weg) : MemoryStream(inhoud, writable: false)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            weg.Cancel();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            weg.Cancel();
            return Task.FromResult(Read(buffer, offset, count));
        }
    }
}
