namespace Keten.Server.Soap;

/// <summary>
/// The faults of DUO's PvE RIO Webservicekoppeling §6.5 (Edukoppeling). Each faultstring starts with the PvE's own
/// FaultString and adds what exactly was wrong.
/// </summary>
public static class SoapFaults
{
    public static SoapFault InvalideEnvelope(string reden) => new("VersionMismatch.DK0001", "Invalide envelope: " + reden);

    public static SoapFault InvalideSoapAction(string reden) => new("Client.DK0003", "Invalide soap-action: " + reden);

    public static SoapFault NietConformXsd(string reden) => new("Client.DK0004", "Niet conform XSD: " + reden);

    /// <summary>The body exceeds Keten:Soap:MaxBerichtgrootte: refused before it is read any further (docs/soap.md).</summary>
    public static SoapFault BerichtTeGroot(long limiet) =>
        NietConformXsd($"het bericht is groter dan de maximale berichtgrootte van {limiet} bytes");

    /// <summary>An element nested deeper than <see cref="SoapRequestLezer.MaxDiepte"/>: refused while reading (docs/soap.md).</summary>
    public static SoapFault TeDiepGenest(int maxDiepte, string waar) =>
        NietConformXsd($"het bericht nest elementen dieper dan de maximale diepte van {maxDiepte} ({waar})");

    public static SoapFault WsaToOntbreekt() =>
        new("Client.DK0005", "Wsa:To ontbreekt: de SOAP-header bevat geen wsa:To (" + SoapNamespaces.Addressing + ")");

    public static SoapFault WsaActionOntbreekt() =>
        new("Client.DK0006", "Wsa:Action ontbreekt: de SOAP-header bevat geen wsa:Action (" + SoapNamespaces.Addressing + ")");

    public static SoapFault WsaMessageIdOntbreekt() =>
        new("Client.DK0007", "Wsa:MessageID ontbreekt: de SOAP-header bevat geen wsa:MessageID (" + SoapNamespaces.Addressing + ")");

    public static SoapFault NietConformUtf8(string reden) => new("Client.DK0009", "Niet conform UTF-8: " + reden);

    public static SoapFault OnjuisteWaardeInWsaHeader(string reden) => new("Client.DK0011", "Onjuiste waarde in wsa header: " + reden);

    public static SoapFault WsaFromOntbreekt() =>
        new("Client.EK0020", "Wsa:From ontbreekt: de SOAP-header bevat geen wsa:From met wsa:Address (" + SoapNamespaces.Addressing + ")");

    public static SoapFault WsaFromGeenGeldigOin() =>
        new("Client.EK0021", "Wsa:From bevat geen geldig OIN: wsa:From/wsa:Address moet na '?oin=' een OIN van 20 tekens (cijfers en hoofdletters) bevatten");

    public static SoapFault WsaToGeenGeldigOin() =>
        new("Client.EK0022", "Wsa:To bevat geen geldig OIN: wsa:To moet na '?oin=' een OIN van 20 tekens (cijfers en hoofdletters) bevatten");

    public static SoapFault WsaMessageIdGeenUuid() =>
        new("Client.EK0023", "Wsa:MessageID bevat geen UUID: verwacht een UUID, eventueel voorafgegaan door 'urn:uuid:' of 'uuid:'");

    /// <summary>PvE §6.5 EK0030: no PKIoverheid client certificate with a valid OIN, or not the sender's (docs/toegang.md).</summary>
    public static SoapFault OinInTlsCertificaat(string reden) =>
        new("Client.EK0030", "OIN in TLS certificaat ontbreekt of is ongeldig: " + reden);

    /// <summary>PvE §6.5 EK0031: the WS-Security signature is absent or invalid (docs/toegang.md).</summary>
    public static SoapFault Berichtondertekening(string reden) =>
        new("Client.EK0031", "Berichtondertekening niet aanwezig of onjuist: " + reden);

    public static SoapFault ServiceAfhandelingGeeftFout(string tekst) => new("Server.DK0050", tekst);

    /// <summary>PvE §6.4.5 and §6.5 note *4: an identificatiecodeBedrijfsdocument already used for another message.</summary>
    public static SoapFault BedrijfsdocumentAlGebruikt() => ServiceAfhandelingGeeftFout(
        "Ongeldige waarde voor identificatiecodeBedrijfsdocument: deze is al gebruikt voor een ander bericht (andere inhoud, operatie of afzender)");

    public static SoapFault ServiceNietBeschikbaar(string reden) => new("Server.DK0051", "Service niet beschikbaar: " + reden);
}
