using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Keten.Server.Tests.Toegang;

/// <summary>An eHerkenning identity the provider can log in: the login_hint names it.</summary>
public sealed record OidcProviderIdentiteit(string Pseudoniem, string KvkNummer, string ServiceId, string ServiceUuid, string Acr, string? Vestigingsnr = null);

/// <summary>
/// The standard OpenID provider oidc-provider (npm, pinned in Toegang/OidcProvider/package.json) as a real process:
/// <c>node server.mjs</c> on a free port with a config file for this run (Keten as client, the identities), stopped at
/// the end. Node and the npm packages (<c>npm ci</c> in that folder; .ci/run does it) must be there: without them the
/// start fails, and so the tests fail rather than skip.
/// </summary>
public sealed class OidcProviderPartner : IAsyncDisposable
{
    private static readonly TimeSpan Opstarttijd = TimeSpan.FromSeconds(30);

    private readonly Process proces;
    private readonly StringBuilder uitvoer;
    private readonly string configBestand;

    private OidcProviderPartner(Process proces, StringBuilder uitvoer, string configBestand, Uri issuer)
    {
        this.proces = proces;
        this.uitvoer = uitvoer;
        this.configBestand = configBestand;
        Issuer = issuer;
    }

    /// <summary>The provider's issuer, <c>http://localhost:&lt;port&gt;</c>.</summary>
    public Uri Issuer { get; }

    /// <summary>What the provider wrote to stdout and stderr so far, for a failure's message.</summary>
    public string Uitvoer
    {
        get
        {
            lock (uitvoer)
            {
                return uitvoer.ToString();
            }
        }
    }

    public static async Task<OidcProviderPartner> StartAsync(
        string clientId, string clientSecret, string redirectUri, IReadOnlyDictionary<string, OidcProviderIdentiteit> identiteiten)
    {
        var map = Map();
        if (!File.Exists(Path.Combine(map, "node_modules", "oidc-provider", "package.json")))
        {
            throw new InvalidOperationException($"oidc-provider is not installed: run `npm ci` in {map} (.ci/run does).");
        }

        var poort = VrijePoort();
        var configBestand = Path.Combine(Path.GetTempPath(), $"keten-oidc-provider-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(configBestand, JsonSerializer.Serialize(new
        {
            port = poort,
            client = new { clientId, clientSecret, redirectUri },
            identiteiten = identiteiten.ToDictionary(i => i.Key, i => new
            {
                pseudoniem = i.Value.Pseudoniem,
                kvkNummer = i.Value.KvkNummer,
                serviceId = i.Value.ServiceId,
                serviceUuid = i.Value.ServiceUuid,
                acr = i.Value.Acr,
                vestigingsnr = i.Value.Vestigingsnr,
            }),
        }));

        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = map,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("server.mjs");
        info.ArgumentList.Add(configBestand);
        var uitvoer = new StringBuilder();
        Process proces;
        try
        {
            proces = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("node not found: install Node.js 20 and npm (.ci/run installs them with apt).", e);
        }

        proces.OutputDataReceived += (_, e) => Schrijf(uitvoer, e.Data);
        proces.ErrorDataReceived += (_, e) => Schrijf(uitvoer, e.Data);
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        var partner = new OidcProviderPartner(proces, uitvoer, configBestand, new Uri($"http://localhost:{poort.ToString(CultureInfo.InvariantCulture)}"));
        try
        {
            await partner.WachtOpOntdekkingAsync();
        }
        catch
        {
            await partner.DisposeAsync();
            throw;
        }

        return partner;
    }

    public async ValueTask DisposeAsync()
    {
        if (!proces.HasExited)
        {
            proces.Kill(entireProcessTree: true);
        }

        await proces.WaitForExitAsync();
        proces.Dispose();
        File.Delete(configBestand);
    }

    private async Task WachtOpOntdekkingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ontdekking = new Uri(Issuer, "/.well-known/openid-configuration");
        var tot = DateTime.UtcNow + Opstarttijd;
        while (DateTime.UtcNow < tot)
        {
            if (proces.HasExited)
            {
                throw new InvalidOperationException($"oidc-provider stopped with exit code {proces.ExitCode}:\n{Uitvoer}");
            }

            try
            {
                using var antwoord = await http.GetAsync(ontdekking);
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"oidc-provider did not serve {ontdekking} within {Opstarttijd.TotalSeconds} s:\n{Uitvoer}");
    }

    private static void Schrijf(StringBuilder uitvoer, string? regel)
    {
        if (regel is null)
        {
            return;
        }

        lock (uitvoer)
        {
            uitvoer.AppendLine(regel);
        }
    }

    private static int VrijePoort()
    {
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        return ((IPEndPoint)luisteraar.LocalEndpoint).Port;
    }

    /// <summary>Toegang/OidcProvider in the source tree (where npm ci put node_modules), found above the test binaries.</summary>
    private static string Map()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            var kandidaat = Path.Combine(map.FullName, "tests", "Keten.Server.Tests", "Toegang", "OidcProvider");
            if (File.Exists(Path.Combine(kandidaat, "server.mjs")))
            {
                return kandidaat;
            }
        }

        throw new InvalidOperationException("tests/Keten.Server.Tests/Toegang/OidcProvider/server.mjs not found above " + AppContext.BaseDirectory);
    }
}
