using System.Diagnostics;

namespace Keten.Toegang.Tests;

/// <summary>Runs the independent XML-DSig implementation xmlsec1 (Debian package xmlsec1) on files in a scratch directory.</summary>
public sealed class Xmlsec1 : IDisposable
{
    public string Map { get; } = Directory.CreateTempSubdirectory("keten-xmlsec1-").FullName;

    public string Bestand(string naam, string inhoud)
    {
        var pad = Path.Combine(Map, naam);
        File.WriteAllText(pad, inhoud);
        return pad;
    }

    public (int Code, string Uitvoer) Voer(params string[] argumenten)
    {
        var start = new ProcessStartInfo("xmlsec1") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in argumenten)
        {
            start.ArgumentList.Add(argument);
        }
        using var proces = Process.Start(start)!;
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEnd();
        proces.WaitForExit();
        return (proces.ExitCode, uitvoer.Result + fouten);
    }

    public void Dispose() => Directory.Delete(Map, recursive: true);
}
