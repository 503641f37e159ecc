using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Keten.Toegang.Tests;

namespace Keten.Server.Tests.Toegang.Pysaml2;

/// <summary>
/// pysaml2 (Debian python3-pysaml2, run with /usr/bin/python3) as the herkenningsmakelaar: pysaml2_idp.py on a free
/// port of 127.0.0.1, its config, the HM's key and Keten's certificate written into a temp folder per run. Keten's SP
/// metadata is handed over as a file (<see cref="SchrijfSpMetadata"/>) before the first login. When pysaml2 is
/// missing or fails, the start throws with its stderr: the tests fail, they do not skip.
/// </summary>
public sealed class Pysaml2Idp : IAsyncLifetime
{
    public const string Python = "/usr/bin/python3";
    public const string ActingSubjectQualifier = "urn:etoegang:EJ:00000003000000000000:entities:1";

    private static readonly TimeSpan Starttijd = TimeSpan.FromSeconds(30);

    private readonly string map = Directory.CreateTempSubdirectory("keten-pysaml2-").FullName;
    private readonly StringBuilder stderr = new();
    private Process? proces;

    public string BasisUrl { get; private set; } = "";

    public string SsoUrl => BasisUrl + "/sso";

    public string ArsUrl => BasisUrl + "/ars";

    private string SpMetadataBestand => Path.Combine(map, "keten-sp-metadata.xml");

    /// <summary>What pysaml2 wrote to stderr so far (its tracebacks and refusals), for failing tests to show.</summary>
    public string Stderr
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        var configuratie = SchrijfConfiguratie();
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Toegang", "Pysaml2", "pysaml2_idp.py"));
        start.ArgumentList.Add(configuratie);
        proces = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        proces.ErrorDataReceived += (_, regel) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(regel.Data);
            }
        };
        proces.BeginErrorReadLine();

        using var wacht = new CancellationTokenSource(Starttijd);
        string? eersteRegel;
        try
        {
            eersteRegel = await proces.StandardOutput.ReadLineAsync(wacht.Token);
        }
        catch (OperationCanceledException)
        {
            eersteRegel = null;
        }
        if (eersteRegel is null || !eersteRegel.StartsWith("port ", StringComparison.Ordinal))
        {
            await StopAsync();
            throw new InvalidOperationException($"pysaml2 IdP did not start ({Python} with Debian's python3-pysaml2):\n{Stderr}");
        }
        BasisUrl = "http://127.0.0.1:" + eersteRegel["port ".Length..];
        using var http = new HttpClient();
        (await http.GetAsync(BasisUrl + "/", wacht.Token)).EnsureSuccessStatusCode();
    }

    /// <summary>Keten's SP metadata as pysaml2 reads it at its first SAML request.</summary>
    public void SchrijfSpMetadata(string xml) => File.WriteAllText(SpMetadataBestand, xml);

    public async Task DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(map, recursive: true);
    }

    private async Task StopAsync()
    {
        if (proces is null)
        {
            return;
        }
        if (!proces.HasExited)
        {
            proces.Kill(entireProcessTree: true);
        }
        await proces.WaitForExitAsync();
        proces.Dispose();
        proces = null;
    }

    private string SchrijfConfiguratie()
    {
        var hm = TestSleutels.Herkenningsmakelaar.Certificaat;
        var sleutel = Path.Combine(map, "hm.key");
        File.WriteAllText(sleutel, hm.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var certificaat = Path.Combine(map, "hm.pem");
        File.WriteAllText(certificaat, hm.ExportCertificatePem());
        var spCertificaat = Path.Combine(map, "keten-dv.pem");
        File.WriteAllText(spCertificaat, TestSleutels.Dienstverlener.Certificaat.ExportCertificatePem());
        var configuratie = Path.Combine(map, "idp.json");
        File.WriteAllText(configuratie, JsonSerializer.Serialize(new
        {
            entityId = SamlOmgeving.HmEntityId,
            keyFile = sleutel,
            certFile = certificaat,
            spMetadataFile = SpMetadataBestand,
            spCertFile = spCertificaat,
            identity = new
            {
                kvkNummer = ResponseBouwer.KvkNummer,
                actingSubject = ResponseBouwer.ActingSubject,
                actingSubjectQualifier = ActingSubjectQualifier,
                serviceId = ResponseBouwer.ServiceId,
                serviceUuid = ResponseBouwer.ServiceUuid,
                vestigingsnr = "000012345678",
                authenticatingAuthority = ResponseBouwer.AuthenticatingAuthority,
            },
        }));
        return configuratie;
    }
}
