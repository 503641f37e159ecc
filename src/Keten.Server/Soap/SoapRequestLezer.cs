using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Net.Http.Headers;

namespace Keten.Server.Soap;

/// <summary>
/// Reads an HTTP request into a SOAP 1.1 envelope: Content-Type and UTF-8 (DK0009), well-formed XML (DK0004),
/// a SOAP 1.1 Envelope with a Body (DK0001).
/// </summary>
internal static class SoapRequestLezer
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<XDocument> LeesAsync(HttpRequest request, CancellationToken ct)
    {
        ControleerContentType(request.ContentType);

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var tekst = Decodeer(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));

        var envelope = Parse(tekst);
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

    private static string Decodeer(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new SoapFaultException(SoapFaults.NietConformUtf8($"de body bevat bytes die geen geldige UTF-8 zijn (vanaf byte {e.Index})"));
        }
    }

    private static XDocument Parse(string tekst)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(tekst), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new SoapFaultException(SoapFaults.NietConformXsd($"het bericht is geen welgevormde XML (regel {e.LineNumber}, positie {e.LinePosition})"));
        }
    }

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
