using Keten.Contract.Soap;
using Keten.Server.Soap;

namespace Keten.Server.Tests.Soap;

public sealed class SoapContractTests
{
    [Theory]
    [InlineData("beheren4.0", 10)]
    [InlineData("raadplegen4.0", 14)]
    [InlineData("inschrijvingen1.0", 9)]
    public void Every_WSDL_operation_has_its_soapAction_and_messages(string service, int operaties)
    {
        var contract = SoapContracten.Standaard.Get(service);

        Assert.Equal(SoapEnvelopes.Namespace(service), contract.SchemaNamespace);
        Assert.Equal(operaties, contract.SoapActions.Count);
        Assert.All(contract.SoapActions, kv =>
        {
            Assert.Equal(SoapEnvelopes.Action(service, kv.Key), kv.Value);
            Assert.Equal(kv.Key, contract.OperatieVoorAction(kv.Value));
        });
    }

    [Theory]
    [InlineData("http://www.w3.org/2005/08/addressing/anonymous?oin=0000000700025BE00000", "0000000700025BE00000")]
    [InlineData("https://duo.nl/RIO/services/beheren4.0?oin=00000001800866472000", "00000001800866472000")]
    [InlineData("https://duo.nl/RIO/services/beheren4.0?x=1&oin=00000001800866472000", "00000001800866472000")]
    public void Oin_is_read_after_the_oin_parameter(string adres, string oin)
    {
        Assert.True(Oin.TryLees(adres, out var gelezen));
        Assert.Equal(oin, gelezen);
    }

    [Theory]
    [InlineData("https://duo.nl/RIO/services/beheren4.0")]
    [InlineData("https://duo.nl/RIO/services/beheren4.0?oin=")]
    [InlineData("https://duo.nl/RIO/services/beheren4.0?oin=0000000180086647200")]
    [InlineData("https://duo.nl/RIO/services/beheren4.0?oin=00000001800866472000&oin=00000001800866472000")]
    [InlineData("https://duo.nl/RIO/services/beheren4.0?OIN=00000001800866472000")]
    public void Address_without_exactly_one_valid_OIN_has_none(string adres)
    {
        Assert.False(Oin.TryLees(adres, out _));
    }
}
