using System.Text;
using System.Text.Json;

namespace Keten.Storage.Referentie;

/// <summary>
/// Parses strict JSON (no comments, no trailing commas) with Utf8JsonReader into a <see cref="JsonKnoop"/> tree
/// that remembers the line of every value and field name.
/// </summary>
internal static class JsonKnoopParser
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The tree, or the error that makes the text no valid JSON.</summary>
    public static (JsonKnoop? Knoop, ReferentiedataFout? Fout) Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(Bom))
        {
            utf8 = utf8[Bom.Length..];
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return (null, new ReferentiedataFout(1, "", "geen geldige JSON: het bestand is leeg"));
        }

        var regels = new Regelindex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            var knoop = LeesWaarde(ref reader, regels);
            if (reader.Read())
            {
                // Utf8JsonReader refuses a second top-level value itself; this is a safety net.
                return (null, new ReferentiedataFout(regels.Regel(reader.TokenStartIndex), "", "geen geldige JSON: tekst na het einde van het bestand"));
            }

            return (knoop, null);
        }
        catch (JsonException e)
        {
            var regel = (int)(e.LineNumber ?? 0) + 1;
            return (null, new ReferentiedataFout(regel, "", $"geen geldige JSON: {ZonderPositie(e.Message)}"));
        }
    }

    private static JsonKnoop LeesWaarde(ref Utf8JsonReader reader, Regelindex regels)
    {
        var regel = regels.Regel(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var velden = new List<JsonVeld>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var veldRegel = regels.Regel(reader.TokenStartIndex);
                    var naam = reader.GetString() ?? "";
                    reader.Read();
                    velden.Add(new JsonVeld(veldRegel, naam, LeesWaarde(ref reader, regels)));
                }

                return new JsonObjectKnoop(regel, velden);
            case JsonTokenType.StartArray:
                var elementen = new List<JsonKnoop>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    elementen.Add(LeesWaarde(ref reader, regels));
                }

                return new JsonLijstKnoop(regel, elementen);
            case JsonTokenType.String:
                return new JsonTekstKnoop(regel, reader.GetString() ?? "");
            case JsonTokenType.Number:
                return new JsonGetalKnoop(regel, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JsonBooleanKnoop(regel, true);
            case JsonTokenType.False:
                return new JsonBooleanKnoop(regel, false);
            case JsonTokenType.Null:
                return new JsonNullKnoop(regel);
            default:
                throw new JsonException($"unexpected token {reader.TokenType}", null, regel - 1, null);
        }
    }

    // System.Text.Json appends "LineNumber: 3 | BytePositionInLine: 7." to its messages; the line is reported separately.
    private static string ZonderPositie(string melding)
    {
        var i = melding.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (i < 0 ? melding : melding[..i]).Trim();
    }

    /// <summary>Maps a byte offset to a 1-based line number.</summary>
    private sealed class Regelindex
    {
        private readonly List<long> _regelbegin = [0];

        public Regelindex(ReadOnlySpan<byte> utf8)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _regelbegin.Add(i + 1);
                }
            }
        }

        public int Regel(long offset)
        {
            var index = _regelbegin.BinarySearch(offset);
            return index >= 0 ? index + 1 : ~index;
        }
    }
}
