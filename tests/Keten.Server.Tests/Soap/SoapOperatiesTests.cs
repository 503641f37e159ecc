using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Server.Soap;

namespace Keten.Server.Tests.Soap;

public sealed class SoapOperatiesTests
{
    private static readonly SoapOperatieHandler Handler = (v, _) => Task.FromResult(new XElement("x"));

    [Fact]
    public void Operation_not_in_the_WSDL_cannot_be_registered()
    {
        var operaties = new SoapOperaties(SoapContracten.Standaard, []);

        Assert.Throws<ArgumentException>(() =>
            operaties.Register(RioSoapServices.Beheren, "opvragen_onderwijsaanbieder", Handler));
        Assert.Throws<ArgumentException>(() =>
            operaties.Register("beheren3.0", "verwijderen_aangebodenOpleiding", Handler));
    }

    [Fact]
    public void Operation_can_have_one_handler_only()
    {
        var operaties = new SoapOperaties(SoapContracten.Standaard,
            [new SoapOperatieRegistratie(RioSoapServices.Raadplegen, "opvragen_onderwijsaanbieder", Handler)]);

        Assert.True(operaties.TryGetHandler(RioSoapServices.Raadplegen, "opvragen_onderwijsaanbieder", out _));
        Assert.Throws<InvalidOperationException>(() =>
            operaties.Register(RioSoapServices.Raadplegen, "opvragen_onderwijsaanbieder", Handler));
    }
}
