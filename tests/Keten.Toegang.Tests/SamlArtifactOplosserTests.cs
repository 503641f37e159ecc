using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

/// <summary>The artifact back channel over real HTTP: a small HttpListener plays the HM's ArtifactResolutionService.</summary>
public sealed class SamlArtifactOplosserTests : IDisposable
{
    private readonly SamlOmgeving _omgeving = new();
    private readonly HttpListener _luisteraar = new();
    private readonly HttpClient _http = new();
    private int _verzoeken;

    public SamlArtifactOplosserTests()
    {
        var url = $"http://127.0.0.1:{VrijePoort()}/ars/";
        _luisteraar.Prefixes.Add(url);
        _luisteraar.Start();
        _omgeving.Herkenningsmakelaar = _omgeving.Herkenningsmakelaar with { ArtifactResolutionServiceUrl = url };
    }

    public void Dispose()
    {
        _luisteraar.Close();
        _http.Dispose();
    }

    [Fact]
    public async Task Een_artifact_wordt_over_SOAP_opgelost_tot_de_authenticatiecontext()
    {
        var bediening = BeantwoordEenVerzoek(ondertekenAntwoord: true);
        var samlArt = SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0);

        var context = await Oplosser().LosOpAsync(samlArt, CancellationToken.None);

        var (artifact, handtekeningKlopt) = await bediening;
        Assert.Equal(samlArt, artifact);
        Assert.True(handtekeningKlopt);
        Assert.Equal(ResponseBouwer.KvkNummer, context.LegalSubject.Waarde);
    }

    [Fact]
    public async Task Een_onondertekend_antwoord_van_de_herkenningsmakelaar_wordt_geweigerd()
    {
        var bediening = BeantwoordEenVerzoek(ondertekenAntwoord: false);

        var fout = await Assert.ThrowsAsync<SamlWeigeringException>(() =>
            Oplosser().LosOpAsync(SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0), CancellationToken.None));

        await bediening;
        Assert.Equal(SamlWeigering.HandtekeningOntbreekt, fout.Weigering);
    }

    [Fact]
    public async Task Een_tweede_keer_hetzelfde_artifact_gaat_niet_meer_naar_de_herkenningsmakelaar()
    {
        var bediening = BeantwoordEenVerzoek(ondertekenAntwoord: true);
        var samlArt = SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0);
        await Oplosser().LosOpAsync(samlArt, CancellationToken.None);
        await bediening;

        var fout = await Assert.ThrowsAsync<SamlWeigeringException>(() => Oplosser().LosOpAsync(samlArt, CancellationToken.None));

        Assert.Equal(SamlWeigering.BerichtAlGebruikt, fout.Weigering);
        Assert.Equal(1, _verzoeken);
    }

    private SamlArtifactOplosser Oplosser() =>
        new(_omgeving.ArtifactResolutie(), _omgeving.Verwerker(), _omgeving.Herkenningsmakelaar, _http);

    /// <summary>Answers one ArtifactResolve; reports the artifact asked for and whether Keten's signature verified.</summary>
    private async Task<(string Artifact, bool HandtekeningKlopt)> BeantwoordEenVerzoek(bool ondertekenAntwoord)
    {
        var verbinding = await _luisteraar.GetContextAsync();
        Interlocked.Increment(ref _verzoeken);
        using var lezer = new StreamReader(verbinding.Request.InputStream, Encoding.UTF8);
        var verzoek = new XmlDocument { PreserveWhitespace = true };
        verzoek.LoadXml(await lezer.ReadToEndAsync());
        var resolve = verzoek.Element("/soap:Envelope/soap:Body/samlp:ArtifactResolve");
        var handtekeningKlopt = true;
        try
        {
            SamlHandtekeningControle.Verifieer(resolve, [TestSleutels.Dienstverlener]);
        }
        catch (SamlWeigeringException)
        {
            handtekeningKlopt = false;
        }
        var (soap, _) = ArtifactResponseBouwer.Bouw(new ResponseBouwer(_omgeving).Bouw(), ondertekenAntwoord, resolve.GetAttribute("ID"));
        var bytes = Encoding.UTF8.GetBytes(soap);
        verbinding.Response.ContentType = "text/xml; charset=utf-8";
        await verbinding.Response.OutputStream.WriteAsync(bytes);
        verbinding.Response.Close();
        return (resolve.SelectSingleNode("samlp:Artifact", verzoek.Ns())!.InnerText, handtekeningKlopt);
    }

    private static int VrijePoort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
