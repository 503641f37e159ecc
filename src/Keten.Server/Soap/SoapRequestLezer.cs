using System.Buffers;
using System.Text;
using Keten.Server.Http;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Net.Http.Headers;

namespace Keten.Server.Soap;

/// <summary>
/// Reads an HTTP request into a SOAP 1.1 envelope: Content-Type and UTF-8 (DK0009), size, depth and well-formed XML
/// (DK0004), a SOAP 1.1 Envelope with a Body (DK0001).
/// </summary>
internal static class SoapRequestLezer
{
    /// <summary>Strict UTF-8; its preamble makes StreamReader skip a UTF-8 byte order mark (and only that one).</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private const int Leesbuffer = 16 * 1024;

    /// <summary>Bodies up to this size are read whole before parsing (<see cref="ParseAsync"/>).</summary>
    private const int KleinBericht = 64 * 1024;

    /// <summary>
    /// The deepest an element may be nested, the Envelope counting as 1 (docs/soap.md "Message size"). Real messages
    /// nest under 10: an aanleveren_aangebodenOpleiding with 999 cohorten 7, a WS-Security signature header 9;
    /// System.Text.Json's default for the JSON door is also 64. A deeper element is refused with Client.DK0004 as the
    /// reader reaches it: building the DOM costs time proportional to each element's depth, so the depth is bounded
    /// before the tree is built.
    /// </summary>
    public const int MaxDiepte = 64;

    /// <summary>
    /// Reads the body once, streaming, into the envelope: no copy of the bytes or the text is kept, and at most
    /// <paramref name="maxBerichtgrootte"/> bytes are read (a larger body is refused with Client.DK0004).
    /// </summary>
    /// <param name="bewaarWitruimte">Keep whitespace text nodes: a signed message is verified as it was sent.</param>
    public static async Task<XDocument> LeesAsync(HttpContext context, long maxBerichtgrootte, CancellationToken ct,
        bool bewaarWitruimte = false)
    {
        ControleerContentType(context.Request.ContentType);
        var body = BegrensdeBody.Begrens(context, maxBerichtgrootte);
        var laadOpties = bewaarWitruimte ? LoadOptions.PreserveWhitespace : LoadOptions.None;
        var envelope = await ParseAsync(body, context.Request.ContentLength, laadOpties, ct);
        var encoding = envelope.Declaration?.Encoding;
        if (!string.IsNullOrEmpty(encoding) && !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new SoapFaultException(SoapFaults.NietConformUtf8("de XML-declaratie noemt een andere tekenset dan UTF-8"));
        }
        ControleerEnvelope(envelope);
        return envelope;
    }

    private static void ControleerContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            throw new SoapFaultException(SoapFaults.InvalideEnvelope("HTTP-header Content-Type ontbreekt of is ongeldig; verwacht text/xml;charset=UTF-8"));
        }
        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        if (charset.HasValue && !charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new SoapFaultException(SoapFaults.NietConformUtf8("de HTTP-header Content-Type noemt een andere tekenset dan UTF-8"));
        }
        if (!mediaType.MediaType.Equals("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            throw new SoapFaultException(SoapFaults.InvalideEnvelope("Content-Type moet text/xml zijn (SOAP 1.1)"));
        }
    }

    /// <summary>
    /// One pass: bytes → strict UTF-8 decoder → XmlReader (no DTD, no resolver, at most as many characters as the
    /// byte limit) → the document. The decoder, not the XmlReader, decides the encoding, so a declaration naming
    /// another one cannot switch it. A body of at most <see cref="KleinBericht"/> bytes (nearly every message) is read
    /// whole first and parsed synchronously: an asynchronous XmlReader takes 192 KB of buffers whatever the body's
    /// size, two thirds of all a delivery allocated (docs/benchmarks.md).
    /// </summary>
    private static async Task<XDocument> ParseAsync(BegrensdeBody body, long? contentLength, LoadOptions laadOpties, CancellationToken ct)
    {
        try
        {
            return contentLength is > 0 and <= KleinBericht
                ? await ParseKleinAsync(body, (int)contentLength, laadOpties, ct)
                : await ParseStromendAsync(body, laadOpties, ct);
        }
        catch (BerichtTeGrootException e)
        {
            throw new SoapFaultException(SoapFaults.BerichtTeGroot(e.Limiet));
        }
        catch (XmlException e)
        {
            throw new SoapFaultException(SoapFaults.NietConformXsd($"het bericht is geen welgevormde XML (regel {e.LineNumber}, positie {e.LinePosition})"));
        }
    }

    private static async Task<XDocument> ParseStromendAsync(BegrensdeBody body, LoadOptions laadOpties, CancellationToken ct)
    {
        try
        {
            using var tekst = new StreamReader(body, StrictUtf8, detectEncodingFromByteOrderMarks: false, Leesbuffer, leaveOpen: true);
            using var reader = new DiepteBegrensdeXmlReader(XmlReader.Create(tekst, Instellingen(body, async: true)), MaxDiepte, ct);
            return await XDocument.LoadAsync(reader, laadOpties, ct);
        }
        catch (DecoderFallbackException e)
        {
            // Index is relative to the bytes of the read that failed; -1 for a sequence begun in the read before.
            throw OngeldigeUtf8(body.BeginLaatsteLees + Math.Max(e.Index, 0));
        }
    }

    private static async Task<XDocument> ParseKleinAsync(BegrensdeBody body, int lengte, LoadOptions laadOpties, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(lengte);
        try
        {
            var gelezen = 0;
            int n;
            while (gelezen < lengte && (n = await body.ReadAsync(buffer.AsMemory(gelezen, lengte - gelezen), ct)) > 0)
            {
                gelezen += n;
            }

            var begin = buffer.AsSpan(0, gelezen).StartsWith(StrictUtf8.Preamble) ? StrictUtf8.Preamble.Length : 0;
            string tekst;
            try
            {
                tekst = StrictUtf8.GetString(buffer, begin, gelezen - begin);
            }
            catch (DecoderFallbackException e)
            {
                throw OngeldigeUtf8(begin + Math.Max(e.Index, 0));
            }

            using var reader = new DiepteBegrensdeXmlReader(XmlReader.Create(new StringReader(tekst), Instellingen(body, async: false)), MaxDiepte, ct);
            return XDocument.Load(reader, laadOpties);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static XmlReaderSettings Instellingen(BegrensdeBody body, bool async) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = body.Limiet,
        Async = async,
    };

    private static SoapFaultException OngeldigeUtf8(long positie) =>
        new(SoapFaults.NietConformUtf8($"de body bevat bytes die geen geldige UTF-8 zijn (vanaf byte {positie})"));

    private static void ControleerEnvelope(XDocument document)
    {
        var root = document.Root!;
        if (root.Name != SoapNamespaces.Envelope + "Envelope")
        {
            throw new SoapFaultException(SoapFaults.InvalideEnvelope(
                $"het root-element moet Envelope zijn in namespace {SoapNamespaces.Envelope.NamespaceName} (SOAP 1.1)"));
        }
        if (root.Elements(SoapNamespaces.Envelope + "Body").Count() != 1)
        {
            throw new SoapFaultException(SoapFaults.InvalideEnvelope("de Envelope moet precies één soap:Body bevatten"));
        }
    }
}
