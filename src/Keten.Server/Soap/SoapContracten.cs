namespace Keten.Server.Soap;

/// <summary>The SOAP contracts Keten serves. Loaded and compiled once per process.</summary>
public sealed class SoapContracten
{
    private static readonly Lazy<SoapContracten> rio = new(() => new SoapContracten(
        SoapContract.Laad(RioSoapServices.Beheren, "DUO_RIO_Beheren_OnderwijsOrganisatie_V4"),
        SoapContract.Laad(RioSoapServices.Raadplegen, "DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4")));

    private SoapContracten(params SoapContract[] contracten) => Alle = contracten;

    /// <summary>RIO contract V4: beheren4.0 and raadplegen4.0.</summary>
    public static SoapContracten Rio => rio.Value;

    public IReadOnlyList<SoapContract> Alle { get; }

    public SoapContract Get(string service) =>
        Alle.SingleOrDefault(c => c.Service == service)
        ?? throw new ArgumentException($"Unknown SOAP service '{service}'.", nameof(service));
}
