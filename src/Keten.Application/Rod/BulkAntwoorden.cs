using System.IO.Compression;
using System.Text.Json;
using Keten.Application.Rio;
using Keten.Domain.Rod;

namespace Keten.Application.Rod;

/// <summary>
/// A chunk's answers as its bedrijfsdocument records them, for a repeat of the chunk: JSON, deflated and in base64
/// behind <see cref="Voorvoegsel"/>. A thousand answers repeat the same texts (about 440 bytes each as JSON, a few
/// dozen deflated), and every byte is written with the chunk's rows (ADR 0014).
/// </summary>
internal static class BulkAntwoorden
{
    public const string Voorvoegsel = "deflate:";

    public static string Vastleggen(IReadOnlyList<InschrijvingTerugkoppeling> antwoorden)
    {
        using var buffer = new MemoryStream();
        using (var inpakken = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(inpakken, antwoorden, RioJson.Options);
        }

        return Voorvoegsel + Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The recorded answers; also those recorded as plain JSON, before they were deflated.</summary>
    public static List<InschrijvingTerugkoppeling> Lees(string vastgelegd)
    {
        ArgumentNullException.ThrowIfNull(vastgelegd);
        if (!vastgelegd.StartsWith(Voorvoegsel, StringComparison.Ordinal))
        {
            return RioJson.Deserialize<List<InschrijvingTerugkoppeling>>(vastgelegd);
        }

        using var uitpakken = new DeflateStream(new MemoryStream(Convert.FromBase64String(vastgelegd[Voorvoegsel.Length..])), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<List<InschrijvingTerugkoppeling>>(uitpakken, RioJson.Options)
            ?? throw new JsonException("Empty recorded answers");
    }
}
