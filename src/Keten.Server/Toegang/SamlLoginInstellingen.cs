using Keten.Toegang;
using Keten.Toegang.Saml;

namespace Keten.Server.Toegang;

/// <summary>A service a person can log in for, with the lowest level of assurance it accepts.</summary>
public sealed record SamlLoginDienst(SamlDienst Dienst, Betrouwbaarheidsniveau MinimaalNiveau);

/// <summary>Keten:Toegang:Saml read and checked: what the core needs, plus where and how the AuthnRequest goes.</summary>
public sealed record SamlLoginInstellingen(
    SamlDienstverlener Dienstverlener,
    SamlHerkenningsmakelaar Herkenningsmakelaar,
    string SingleSignOnServiceUrl,
    SamlControles Controles,
    IReadOnlyList<SamlLoginDienst> Diensten,
    int AssertionConsumerServiceIndex,
    string ProviderName,
    bool RedirectBinding)
{
    public SamlLoginDienst StandaardDienst => Diensten.FirstOrDefault(d => d.Dienst.IsStandaard) ?? Diensten[0];

    public SamlLoginDienst? Dienst(int index) => Diensten.FirstOrDefault(d => d.Dienst.Index == index);

    public SamlLoginDienst? DienstVoor(string serviceId) => Diensten.FirstOrDefault(d => d.Dienst.ServiceId == serviceId);
}
