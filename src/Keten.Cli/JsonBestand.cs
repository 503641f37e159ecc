using System.Text.Json;
using Keten.Application.Rio;
using Keten.Domain.Rio;

namespace Keten.Cli;

/// <summary>A CLI input file read as JSON (the REST body): the value, or the Dutch message why the file cannot be read.</summary>
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
            var pad = e.Path ?? "$";
            return (null, $"{bestand}: {Foutcodes.KTN400(pad, e.Message).Foutcode} {Foutcodes.KTN400Tekst(pad, e.Message)}");
        }
    }

    public static Task<(T? Waarde, string Fout)> LeesAsync<T>(string bestand, CancellationToken ct)
        where T : class => LeesAsync(bestand, RioJson.Deserialize<T>, ct);
}
