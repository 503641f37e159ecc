namespace Keten.Server.Tests.Referentie;

/// <summary>The server's built-in demo files, as copied to the test output with the server's content.</summary>
internal static class DemoDataBestanden
{
    public static string Pad(string naam)
    {
        var pad = Path.Combine(AppContext.BaseDirectory, "DemoData", naam);
        Assert.True(File.Exists(pad), $"{pad} is not copied to the test output.");
        return pad;
    }
}
