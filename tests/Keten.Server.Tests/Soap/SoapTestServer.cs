using System.Collections.Concurrent;
using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Server.Soap;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Keten.Server.Tests.Soap;

/// <summary>
/// The real server with tiny handlers registered for a few operations, and a fake clock:
/// beheren verwijderen_aangebodenOpleiding and raadplegen opvragen_onderwijsaanbieder answer properly;
/// verwijderen_onderwijsaanbieder throws; verwijderen_onderwijslocatiegebruik answers an XSD-invalid response;
/// verwijderen_opleidingsrelatie throws a functional DK0050; verwijderen_opleidingseenheid has no handler.
/// </summary>
public sealed class SoapTestServer : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Nu = new(2024, 3, 1, 9, 30, 15, 123, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Nu);

    /// <summary>Every request a handler received, in order.</summary>
    public ConcurrentQueue<SoapVerzoek> Verzoeken { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Keten", $"Data Source={Path.Combine(Path.GetTempPath(), "keten-soaptest-" + Guid.NewGuid().ToString("N") + ".db")}");
        builder.UseSetting("Keten:Demo", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);

            // Only the tiny handlers below: the plumbing is tested on its own, and every other operation has no handler.
            services.RemoveAll<SoapOperatieRegistratie>();
            services.AddSoapOperatie(RioSoapServices.Beheren, "verwijderen_aangebodenOpleiding", (v, _) =>
                Antwoord(v, new XElement(RioSoapServices.BeherenNamespace + "requestGoedgekeurd", "true")));
            services.AddSoapOperatie(RioSoapServices.Raadplegen, "opvragen_onderwijsaanbieder", (v, _) =>
            {
                var ns = RioSoapServices.RaadplegenNamespace;
                return Antwoord(v,
                    new XElement(ns + "requestGoedgekeurd", "false"),
                    new XElement(ns + "foutmelding",
                        new XElement(ns + "foutcode", "A01161"),
                        new XElement(ns + "fouttekst", "Onderwijsaanbieder niet gevonden."),
                        new XElement(ns + "sleutelgegeven",
                            new XElement(ns + "sleutelnaam", "onderwijsaanbiedercode"),
                            new XElement(ns + "sleutelwaarde", v.Body.Element(ns + "onderwijsaanbiedercode")!.Value))));
            });
            services.AddSoapOperatie(RioSoapServices.Beheren, "verwijderen_onderwijsaanbieder", (v, _) =>
            {
                Verzoeken.Enqueue(v);
                throw new InvalidOperationException("Database unreachable at secret-host:5432");
            });
            services.AddSoapOperatie(RioSoapServices.Beheren, "verwijderen_onderwijslocatiegebruik", (v, _) =>
                Antwoord(v)); // requestGoedgekeurd missing: not valid against the XSD
            services.AddSoapOperatie(RioSoapServices.Beheren, "verwijderen_opleidingsrelatie", (v, _) =>
            {
                Verzoeken.Enqueue(v);
                throw new SoapFaultException(SoapFaults.ServiceAfhandelingGeeftFout("Ongeldige waarde voor naam: ExperimentX"));
            });
        });
    }

    private Task<XElement> Antwoord(SoapVerzoek verzoek, params object[] inhoud)
    {
        Verzoeken.Enqueue(verzoek);
        return Task.FromResult(Bedrijfsdocument.Antwoord(verzoek, inhoud));
    }
}
