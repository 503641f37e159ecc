using System.Text.RegularExpressions;
using System.Xml.Linq;
using Keten.Contract.Soap;

namespace Keten.Server.Soap;

/// <summary>
/// The WS-Addressing headers of an Edukoppeling request (PvE §6.4.8), checked for presence and syntax.
/// </summary>
/// <param name="To">wsa:To, e.g. "https://duo.nl/RIO/services/beheren4.0?oin=00000001800866472000".</param>
/// <param name="From">wsa:From/wsa:Address, e.g. "http://www.w3.org/2005/08/addressing/anonymous?oin=...".</param>
public sealed partial record WsaHeaders(
    string To,
    string Action,
    string MessageId,
    string From,
    string VerzenderOin,
    string OntvangerOin)
{
    private static readonly XNamespace Wsa = SoapNamespaces.Addressing;

    /// <summary>
    /// Reads and checks the headers in the PvE's order: presence (DK0005, DK0006, DK0007, EK0020), then
    /// uniqueness (DK0011), then syntax (EK0021, EK0022, EK0023).
    /// </summary>
    /// <exception cref="SoapFaultException">The first check that fails.</exception>
    public static WsaHeaders Lees(XElement? header)
    {
        var to = Enkel(header, "To") ?? throw new SoapFaultException(SoapFaults.WsaToOntbreekt());
        var action = Enkel(header, "Action") ?? throw new SoapFaultException(SoapFaults.WsaActionOntbreekt());
        var messageId = Enkel(header, "MessageID") ?? throw new SoapFaultException(SoapFaults.WsaMessageIdOntbreekt());
        var fromElement = header?.Elements(Wsa + "From").ToList() ?? [];
        if (fromElement.Count > 1)
        {
            throw new SoapFaultException(SoapFaults.OnjuisteWaardeInWsaHeader("wsa:From komt meer dan eens voor"));
        }
        var from = Waarde(fromElement.SingleOrDefault()?.Element(Wsa + "Address"))
            ?? throw new SoapFaultException(SoapFaults.WsaFromOntbreekt());

        if (!Oin.TryLees(from, out var verzenderOin))
        {
            throw new SoapFaultException(SoapFaults.WsaFromGeenGeldigOin());
        }
        if (!Oin.TryLees(to, out var ontvangerOin))
        {
            throw new SoapFaultException(SoapFaults.WsaToGeenGeldigOin());
        }
        if (!IsUuid(messageId))
        {
            throw new SoapFaultException(SoapFaults.WsaMessageIdGeenUuid());
        }
        return new WsaHeaders(to, action, messageId, from, verzenderOin, ontvangerOin);
    }

    /// <summary>A UUID, bare or as "urn:uuid:…" (PvE example) or "uuid:…" (seen in practice).</summary>
    public static bool IsUuid(string messageId) => MessageIdPattern().IsMatch(messageId);

    /// <summary>The trimmed value of the only wsa:{name} header; null when absent or empty.</summary>
    private static string? Enkel(XElement? header, string name)
    {
        var elements = header?.Elements(Wsa + name).ToList() ?? [];
        if (elements.Count > 1)
        {
            throw new SoapFaultException(SoapFaults.OnjuisteWaardeInWsaHeader($"wsa:{name} komt meer dan eens voor"));
        }
        return Waarde(elements.SingleOrDefault());
    }

    private static string? Waarde(XElement? element)
    {
        var waarde = element?.Value.Trim();
        return string.IsNullOrEmpty(waarde) ? null : waarde;
    }

    [GeneratedRegex(
        "^(urn:uuid:|uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex MessageIdPattern();
}
