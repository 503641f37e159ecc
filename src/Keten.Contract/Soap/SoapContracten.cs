namespace Keten.Contract.Soap;

/// <summary>The SOAP contracts Keten serves. Loaded and compiled once per process.</summary>
public sealed class SoapContracten
{
    private static readonly Lazy<SoapContracten> standaard = new(() => new SoapContracten(
        SoapContract.Laad(RioSoapServices.Beheren, "DUO_RIO_Beheren_OnderwijsOrganisatie_V4"),
        SoapContract.Laad(RioSoapServices.Raadplegen, "DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4"),
        SoapContract.Laad(RodSoapServices.Inschrijvingen, RodSoapServices.InschrijvingenContract,
            RodSoapServices.Path(RodSoapServices.Inschrijvingen), RodSoapServices.InschrijvingenNamespace)));

    private SoapContracten(params SoapContract[] contracten) => Alle = contracten;

    /// <summary>RIO contract V4 (beheren4.0 and raadplegen4.0) and ROD's inschrijvingen1.0.</summary>
    public static SoapContracten Standaard => standaard.Value;

    public IReadOnlyList<SoapContract> Alle { get; }

    public SoapContract Get(string service) =>
        Alle.SingleOrDefault(c => c.Service == service)
        ?? throw new ArgumentException($"Unknown SOAP service '{service}'.", nameof(service));
}
