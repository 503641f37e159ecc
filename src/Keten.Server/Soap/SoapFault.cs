namespace Keten.Server.Soap;

/// <summary>
/// An Edukoppeling SOAP fault: <paramref name="Code"/> is the faultcode of DUO's PvE §6.5 without the envelope
/// prefix (e.g. "Client.DK0004"); <paramref name="Tekst"/> is the faultstring. A faultstring names the problem and
/// the field, never message content.
/// </summary>
public sealed record SoapFault(string Code, string Tekst);

/// <summary>Thrown by the SOAP checks; the endpoint answers it with the fault.</summary>
public sealed class SoapFaultException(SoapFault fault) : Exception($"{fault.Code}: {fault.Tekst}")
{
    public SoapFault Fault { get; } = fault;
}
