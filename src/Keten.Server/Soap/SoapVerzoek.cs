using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using System.Xml.Linq;
using Keten.Contract.Soap;

namespace Keten.Server.Soap;

/// <summary>
/// A SOAP request that passed every Edukoppeling check (transport, WS-Addressing, XSD) and is handed to the
/// operation's handler.
/// </summary>
/// <param name="Service">"beheren4.0", "raadplegen4.0" (see <see cref="RioSoapServices"/>) or "inschrijvingen1.0" (<see cref="RodSoapServices"/>).</param>
/// <param name="Operatie">The WSDL operation, e.g. "aanleveren_aangebodenOpleiding".</param>
/// <param name="Body">The <c>{operatie}_request</c> element; valid against DUO's XSD.</param>
/// <param name="VerzenderOin">The OIN after "?oin=" in wsa:From.</param>
/// <param name="OntvangerOin">The OIN after "?oin=" in wsa:To.</param>
/// <param name="MessageId">wsa:MessageID as sent.</param>
/// <param name="IdentificatiecodeBedrijfsdocument">The UUID in its one form, lowercase (<see cref="BedrijfsdocumentIds"/>): what the handlers claim.</param>
public sealed record SoapVerzoek(
    string Service,
    string Operatie,
    XElement Body,
    string VerzenderOin,
    string OntvangerOin,
    string MessageId,
    string IdentificatiecodeBedrijfsdocument,
    string VerzendendeInstantie,
    string OntvangendeInstantie)
{
    /// <summary>identificatiecodeBedrijfsdocument as the sender wrote it, which the answer echoes (PvE §7.1.3); null: as <see cref="IdentificatiecodeBedrijfsdocument"/>.</summary>
    public string? IdentificatiecodeZoalsVerzonden { get; init; }

    /// <summary>The server's clock; <see cref="Bedrijfsdocument.Antwoord"/> stamps the answer with it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Who sent it: the certificate's OIN when M2M security is on, else the OIN wsa:From names (development).</summary>
    public Handelende Handelende => new(Beveiligd ? HandelendeSoort.Certificaat : HandelendeSoort.Ontwikkel, VerzenderOin);

    /// <summary>True when mutual TLS and the WS-Security signature proved the sender (Keten:Soap:Beveiliging:Modus Strikt).</summary>
    public bool Beveiligd { get; init; }

    /// <summary>The sender as the handlers know it: its board (null when the OIN is unknown), door SOAP, and who acted.</summary>
    public Afzender Afzender(ReferentiedataBron referentie)
    {
        ArgumentNullException.ThrowIfNull(referentie);
        return referentie.Afzender(VerzenderOin) with { Deur = Deur.Soap, Handelende = Handelende };
    }
}

/// <summary>Handles one SOAP operation: returns the <c>{operatie}_response</c> element.</summary>
public delegate Task<XElement> SoapOperatieHandler(SoapVerzoek verzoek, CancellationToken ct);
