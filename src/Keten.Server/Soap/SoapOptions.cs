namespace Keten.Server.Soap;

/// <summary>Settings of the SOAP endpoints (configuration section "Soap").</summary>
public sealed class SoapOptions
{
    /// <summary>
    /// The OIN this server answers as; every request's wsa:To must carry it (PvE §6.4.8: "De To moet bij een
    /// aanlevering het OIN bevatten van DUO"). Defaults to DUO's OIN.
    /// </summary>
    public string Oin { get; set; } = Keten.Contract.Soap.Oin.Duo;
}
