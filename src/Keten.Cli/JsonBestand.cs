using System.Text.Json;
using Keten.Application.Rio;
using Keten.Contract.Rio;
using Keten.Domain.Rio;

namespace Keten.Cli;

/// <summary>
/// A CLI input file read as JSON (the REST body): the value, or the Dutch message why the file cannot be read or why DUO's
/// XSD refuses what it says; a field is named by its JSON path as REST's KTN400 names it.
/// </summary>
internal static class JsonBestand
{
    public static async Task<(T? Waarde, string Fout)> LeesAsync<T>(string bestand, Func<string, T> maak, CancellationToken ct)
        where T : class
    {
        try
        {
            return (maak(await File.ReadAllTextAsync(bestand, ct)), "");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, $"{bestand}: het bestand bestaat niet");
        }
        catch (JsonException e)
        {
            return (null, $"{bestand}: {Ktn400(new OngeldigVeld(e.Path ?? "$", e.Message))}");
        }
    }

    /// <summary>The fields <see cref="XsdControle"/> refuses: a line for the file, then one a field, with REST's texts.</summary>
    public static string XsdFouten(string bestand, IReadOnlyList<OngeldigVeld> fouten) => string.Join(Environment.NewLine,
        [$"{bestand}: {XsdControle.Titel}; er is niets aangeleverd.", .. fouten.Select(f => "  " + Ktn400(f))]);

    private static string Ktn400(OngeldigVeld fout) => $"{Foutcodes.KTN400(fout.Veld, fout.Melding).Foutcode} {Foutcodes.KTN400Tekst(fout.Veld, fout.Melding)}";

    public static Task<(T? Waarde, string Fout)> LeesAsync<T>(string bestand, CancellationToken ct)
        where T : class => LeesAsync(bestand, RioJson.Deserialize<T>, ct);
}
