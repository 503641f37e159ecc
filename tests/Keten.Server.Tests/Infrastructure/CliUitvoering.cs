using System.Text.RegularExpressions;
using Keten.Cli;

namespace Keten.Server.Tests.Infrastructure;

/// <summary>The keten CLI run in-process on a test database: its exit code, standard output and standard error.</summary>
internal static partial class CliUitvoering
{
    public static async Task<(int Code, string Uit, string Fout)> RunAsync(string connectionString, params string[] args)
    {
        await using var uit = new StringWriter();
        await using var fout = new StringWriter();
        var code = await KetenCli.RunAsync([.. args, "--connection", connectionString], uit, fout, CancellationToken.None);
        return (code, uit.ToString(), fout.ToString());
    }

    /// <summary>The koppelcode `keten toegang beheerder-aanwijzen` printed.</summary>
    public static string Koppelcode(string uit) => KoppelcodeRegel().Match(uit).Groups[1].Value;

    [GeneratedRegex("koppelcode: ([A-Z2-7-]+)")]
    private static partial Regex KoppelcodeRegel();
}
