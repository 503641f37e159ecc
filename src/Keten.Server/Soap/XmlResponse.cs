using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Keten.Server.Soap;

internal static class XmlResponse
{
    public const string ContentType = "text/xml;charset=UTF-8";

    /// <summary>Writes the document as UTF-8 (no byte order mark) with Content-Type text/xml;charset=UTF-8.</summary>
    public static async Task SchrijfAsync(HttpResponse response, XDocument document, int statusCode, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true };
        await using (var writer = XmlWriter.Create(buffer, settings))
        {
            await document.SaveAsync(writer, ct);
        }
        await SchrijfAsync(response, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), statusCode, ct);
    }

    public static async Task SchrijfAsync(HttpResponse response, ReadOnlyMemory<byte> xml, int statusCode, CancellationToken ct)
    {
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = xml.Length;
        await response.Body.WriteAsync(xml, ct);
    }
}
