using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Keten.Server.Soap;

internal static class XmlResponse
{
    public const string ContentType = "text/xml;charset=UTF-8";

    private static readonly XmlWriterSettings Instellingen = new() { Encoding = new UTF8Encoding(false) };

    /// <summary>Writes the document as UTF-8 (no byte order mark) with Content-Type text/xml;charset=UTF-8.</summary>
    public static async Task SchrijfAsync(HttpResponse response, XDocument document, int statusCode, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        // Synchronous into memory: an asynchronous XmlWriter takes a 64 KB buffer whatever the document's size.
        using (var writer = XmlWriter.Create(buffer, Instellingen))
        {
            document.Save(writer);
        }
        await SchrijfAsync(response, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), statusCode, ct);
    }

    /// <summary>Writes the document as it is (a signed document must not be re-indented).</summary>
    public static Task SchrijfAsync(HttpResponse response, XmlDocument document, int statusCode, CancellationToken ct) =>
        SchrijfAsync(response, Utf8(document), statusCode, ct);

    /// <summary>The document as it is, in UTF-8 (no byte order mark) with a declaration that says so.</summary>
    public static byte[] Utf8(XmlDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Instellingen))
        {
            document.Save(writer);
        }
        return buffer.ToArray();
    }

    public static async Task SchrijfAsync(HttpResponse response, ReadOnlyMemory<byte> xml, int statusCode, CancellationToken ct)
    {
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = xml.Length;
        await response.Body.WriteAsync(xml, ct);
    }
}
