using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Server.Soap;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keten.Server.Tests.Soap.Beveiliging;

/// <summary>
/// The real server on a real Kestrel port with TLS (WebApplicationFactory's test server has no TLS), the SOAP
/// security strict, trusting only <see cref="M2mCertificaten.Ca"/>, and one tiny handler
/// (beheren verwijderen_aangebodenOpleiding answers requestGoedgekeurd true).
/// </summary>
public sealed class M2mTestServer : WebApplicationFactory<Program>
{
    public const string Operatie = "verwijderen_aangebodenOpleiding";

    private readonly M2mCertificaten certificaten;
    private readonly string connectionString;

    public M2mTestServer(M2mCertificaten certificaten, string connectionString)
    {
        this.certificaten = certificaten;
        this.connectionString = connectionString;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = certificaten.Keten;
            https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
            https.AllowAnyClientCertificate();
        })));
        StartServer();
        var adres = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Adres = new Uri(adres);
    }

    public Uri Adres { get; }

    /// <summary>A client presenting <paramref name="certificaat"/> in the TLS handshake (none when null).</summary>
    public HttpClient Client(X509Certificate2? certificaat)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, server, _, _) =>
            server is not null && server.GetRawCertData().AsSpan().SequenceEqual(certificaten.Keten.RawData);
        if (certificaat is not null)
        {
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificaat;
        }
        return new HttpClient(handler) { BaseAddress = Adres };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Keten", connectionString);
        builder.UseSetting("Keten:Demo", "false");
        builder.UseSetting("Keten:Soap:Beveiliging:Modus", "Strikt");
        builder.UseSetting("Keten:Soap:Beveiliging:VertrouwdeCas:0", certificaten.CaPem);
        builder.UseSetting("Keten:Soap:Beveiliging:Certificaat", certificaten.KetenCertificaatPem);
        builder.UseSetting("Keten:Soap:Beveiliging:Sleutel", certificaten.KetenSleutelPem);
        builder.UseSetting("Keten:Soap:Beveiliging:Intrekkingscontrole", "NoCheck");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<SoapOperatieRegistratie>();
            services.AddSoapOperatie(RioSoapServices.Beheren, Operatie, (v, _) => Task.FromResult(
                Bedrijfsdocument.Antwoord(v, new XElement(RioSoapServices.BeherenNamespace + "requestGoedgekeurd", "true"))));
        });
    }
}
