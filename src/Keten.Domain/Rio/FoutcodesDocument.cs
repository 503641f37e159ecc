using System.Text;

namespace Keten.Domain.Rio;

/// <summary>
/// The tables of docs/foutcodes.md, written from <see cref="Foutcodecatalogus"/> between the markers below, so the
/// document and the server cannot disagree. The prose around the markers is written by hand.
/// </summary>
public static class FoutcodesDocument
{
    public const string Begin = "<!-- begin: written from src/Keten.Domain/Rio/Foutcodecatalogus.cs; after a change there: KETEN_DOCS_SCHRIJVEN=1 dotnet test tests/Keten.Domain.Tests --filter FoutcodesDocument -->";
    public const string Einde = "<!-- end: written from Foutcodecatalogus -->";

    /// <summary>The document with the part between the markers written anew.</summary>
    public static string Bijgewerkt(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var begin = document.IndexOf(Begin, StringComparison.Ordinal);
        var einde = document.IndexOf(Einde, StringComparison.Ordinal);
        if (begin < 0 || einde < begin)
        {
            throw new InvalidOperationException("docs/foutcodes.md lacks the markers of the written part.");
        }

        return string.Concat(document.AsSpan(0, begin), Tabellen(), document.AsSpan(einde + Einde.Length));
    }

    public static string Tabellen()
    {
        var md = new StringBuilder().AppendLine(Begin).AppendLine();
        Duo(md, Foutcodestatus.Geimplementeerd, "DUO codes implemented", "Keten refuses with DUO's code and text when:", "Keten's condition");
        Duo(md, Foutcodestatus.NietVanToepassing, "DUO codes that cannot apply", "Codes of DUO's list that no MBO or VO school's Beheren V4 message can get in Keten, and why:", "why not");
        Duo(md, Foutcodestatus.NogNiet, "DUO codes not yet implemented", "They apply to an MBO or VO message; Keten does not check them yet:", "note");
        md.AppendLine("## Keten's own codes").AppendLine()
            .AppendLine("Where a public rule exists but DUO publishes no code, Keten uses a `KTN` code (made only in")
            .AppendLine("`src/Keten.Domain/Rio/Foutcodes.Keten.cs`, beside DUO's in `Foutcodes.cs`; a test fails on a KTN code made anywhere else or")
            .AppendLine("missing from the catalogue):").AppendLine()
            .AppendLine("| code | condition | source |").AppendLine("|---|---|---|");
        foreach (var code in Foutcodecatalogus.Keten)
        {
            md.AppendLine($"| {code.Code} | {code.Voorwaarde} | {code.Bron} |");
        }

        return md.AppendLine().Append(Einde).ToString();
    }

    private static void Duo(StringBuilder md, Foutcodestatus status, string kop, string inleiding, string kolom)
    {
        var codes = Foutcodecatalogus.Duo.Where(c => c.Status == status).ToList();
        md.AppendLine($"## {kop} ({codes.Count})").AppendLine().AppendLine(inleiding).AppendLine()
            .AppendLine($"| code | operations | DUO's text | {kolom} |").AppendLine("|---|---|---|---|");
        foreach (var code in codes)
        {
            var operaties = code.Operaties.Count == 0 ? "–" : string.Join(", ", code.Operaties);
            md.AppendLine($"| {code.Code} | {operaties} | {code.Tekst.Replace("|", "\\|", StringComparison.Ordinal)} | {code.Toelichting} |");
        }

        md.AppendLine();
    }
}
