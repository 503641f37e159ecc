using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Server.Soap;
using Microsoft.Extensions.Time.Testing;

namespace Keten.Server.Tests.Soap;

public sealed class BedrijfsdocumentTests
{
    private static SoapVerzoek Verzoek(string service, string operatie, TimeProvider clock) =>
        new(service, operatie, new XElement("ongebruikt"), SoapEnvelopes.SchoolOin, SoapEnvelopes.DuoOin,
            "urn:uuid:550e8400-e29b-41d4-a716-446655440000", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "100B490", "DUO")
        {
            Clock = clock,
        };

    [Fact]
    public void Antwoord_starts_with_the_bedrijfsdocument_in_XSD_order_with_instanties_swapped()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 10, 1, 12, 0, 0, 7, TimeSpan.FromHours(2)));
        var verzoek = Verzoek(RioSoapServices.Beheren, "verwijderen_aangebodenOpleiding", clock);
        var ns = SoapEnvelopes.BeherenNs;

        var antwoord = Bedrijfsdocument.Antwoord(verzoek, new XElement(ns + "requestGoedgekeurd", "true"));

        Assert.Equal(ns + "verwijderen_aangebodenOpleiding_response", antwoord.Name);
        Assert.Equal(
            [
                "identificatiecodeBedrijfsdocument=3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "verzendendeInstantie=DUO",
                "ontvangendeInstantie=100B490",
                "datumTijdBedrijfsdocument=2024-10-01T10:00:00.007Z",
                "requestGoedgekeurd=true",
            ],
            antwoord.Elements().Select(e => $"{e.Name.LocalName}={e.Value}"));
        Assert.All(antwoord.Elements(), e => Assert.Equal(ns, e.Name.Namespace));
        ContractValidatie.AssertValid(antwoord);
    }

    [Fact]
    public void Antwoord_of_a_raadplegen_operation_is_in_the_raadplegen_namespace()
    {
        var verzoek = Verzoek(RioSoapServices.Raadplegen, "opvragen_onderwijsaanbieder", new FakeTimeProvider());

        var antwoord = Bedrijfsdocument.Antwoord(verzoek);

        Assert.Equal(SoapEnvelopes.RaadplegenNs + "opvragen_onderwijsaanbieder_response", antwoord.Name);
    }
}
