using System.Xml.Linq;
using Keten.Application.Rio.Handlers;
using Keten.Contract.Soap;
using Keten.Server.Http;
using Keten.Server.Soap.Beveiliging;
using Keten.Storage;
using Microsoft.Extensions.Options;

namespace Keten.Server.Soap;

/// <summary>
/// Handles one POST to a SOAP service: the Edukoppeling checks of DUO's PvE in order (the client certificate,
/// transport and WS-Addressing first, then the WS-Security signature, then the XSD, then the operation's handler),
/// the answer with its WS-Addressing headers, signed, and a SOAP fault for whatever goes wrong.
/// </summary>
public sealed class SoapVerwerking(
    SoapContracten contracten,
    SoapOperaties operaties,
    TimeProvider clock,
    IOptions<SoapOptions> options,
    IOptions<KetenHttpOptions> http,
    SoapBeveiliging beveiliging,
    ILogger<SoapVerwerking> logger)
{
    private static readonly XNamespace Soap = SoapNamespaces.Envelope;
    private static readonly XNamespace Wsa = SoapNamespaces.Addressing;

    public async Task VerwerkAsync(HttpContext context, string service)
    {
        var ct = context.RequestAborted;
        var contract = contracten.Get(service);
        XElement? header = null;
        string? verzoekhandtekening = null;
        try
        {
            var verbinding = await beveiliging.ControleerVerbindingAsync(context);
            var envelope = await SoapRequestLezer.LeesAsync(context, http.Value.Soap.MaxBerichtgrootte, ct, bewaarWitruimte: beveiliging.Aan);
            header = envelope.Root!.Element(Soap + "Header");
            var wsa = WsaHeaders.Lees(header);
            var operatie = Operatie(contract, context.Request, wsa);
            if (wsa.OntvangerOin != options.Value.Oin)
            {
                throw new SoapFaultException(SoapFaults.OnjuisteWaardeInWsaHeader(
                    $"wsa:To moet het OIN van de ontvanger ({options.Value.Oin}) bevatten"));
            }
            verzoekhandtekening = await beveiliging.ControleerBerichtAsync(envelope, wsa, verbinding, ct);
            // A client that is gone gets no XSD validation and no handler: the reader stops on it too.
            ct.ThrowIfCancellationRequested();
            var bericht = Bericht(contract, operatie, envelope.Root!.Element(Soap + "Body")!);
            var verzoek = Verzoek(contract, operatie, bericht, wsa);
            if (!operaties.TryGetHandler(service, operatie, out var handler))
            {
                throw new SoapFaultException(SoapFaults.ServiceNietBeschikbaar($"operatie {operatie} is (nog) niet beschikbaar"));
            }
            ct.ThrowIfCancellationRequested();

            var antwoord = await handler(verzoek, ct);
            ControleerAntwoord(contract, operatie, antwoord);
            await SchrijfAsync(context, SoapAntwoordEnvelopes.Antwoord(wsa, contract.SoapActions[operatie], antwoord),
                StatusCodes.Status200OK, verzoekhandtekening, ct);
        }
        catch (SoapFaultException e)
        {
            logger.LogInformation("SOAP {Service}: {FaultCode} {FaultString}", service, e.Fault.Code, e.Fault.Tekst);
            await SchrijfFoutAsync(context, e.Fault, header, verzoekhandtekening, ct);
        }
        catch (OpslagBezetException e)
        {
            // Nothing was written; the sender may send the same message again (PvE §6.5: Service niet beschikbaar).
            logger.LogInformation("SOAP {Service}: storage busy, answered Server.DK0051", service);
            context.Response.Headers.RetryAfter = e.RetryAfterSeconden.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await SchrijfFoutAsync(context, SoapFaults.ServiceNietBeschikbaar("de opslag is tijdelijk bezet, probeer het later opnieuw"), header,
                verzoekhandtekening, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Every unexpected error must become Server.DK0050, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var correlatieId = context.TraceIdentifier;
            logger.LogError(e, "SOAP {Service}: unexpected error, answered Server.DK0050 with correlation id {CorrelationId}",
                service, correlatieId);
            var fault = SoapFaults.ServiceAfhandelingGeeftFout(
                $"Service afhandeling geeft fout: onverwachte fout bij het verwerken van het verzoek (correlatie-id {correlatieId})");
            await SchrijfFoutAsync(context, fault, header, verzoekhandtekening, ct);
        }
    }

    /// <summary>SOAPAction must equal wsa:Action (PvE §6.4.2, DK0003) and name an operation of the WSDL.</summary>
    private static string Operatie(SoapContract contract, HttpRequest request, WsaHeaders wsa)
    {
        var soapAction = SoapActionHeader(request)
            ?? throw new SoapFaultException(SoapFaults.InvalideSoapAction("de HTTP-header SOAPAction ontbreekt"));
        if (soapAction != wsa.Action)
        {
            throw new SoapFaultException(SoapFaults.InvalideSoapAction("de HTTP-header SOAPAction is niet gelijk aan wsa:Action"));
        }
        return contract.OperatieVoorAction(wsa.Action)
            ?? throw new SoapFaultException(SoapFaults.InvalideSoapAction(
                $"SOAPAction/wsa:Action is geen soapAction van een operatie in {contract.Naam}.wsdl"));
    }

    private static string? SoapActionHeader(HttpRequest request)
    {
        if (!request.Headers.TryGetValue("SOAPAction", out var values) || values.Count != 1)
        {
            return null;
        }
        var waarde = values[0]?.Trim();
        if (waarde is { Length: >= 2 } && waarde[0] == '"' && waarde[^1] == '"')
        {
            waarde = waarde[1..^1];
        }
        return string.IsNullOrEmpty(waarde) ? null : waarde;
    }

    /// <summary>The body's single child must be the operation's request element and valid against the XSD.</summary>
    private static XElement Bericht(SoapContract contract, string operatie, XElement body)
    {
        var elementen = body.Elements().ToList();
        if (elementen.Count != 1)
        {
            throw new SoapFaultException(SoapFaults.NietConformXsd($"soap:Body moet precies één element bevatten, niet {elementen.Count}"));
        }
        var bericht = elementen[0];
        var verwacht = contract.RequestElement(operatie);
        if (bericht.Name != verwacht)
        {
            throw new SoapFaultException(SoapFaults.NietConformXsd(
                $"soap:Body bevat {bericht.Name}, maar operatie {operatie} verwacht {verwacht}"));
        }
        var fouten = contract.Valideer(bericht);
        if (fouten.Count > 0)
        {
            throw new SoapFaultException(SoapFaults.NietConformXsd(string.Join("; ", fouten)));
        }
        return bericht;
    }

    private SoapVerzoek Verzoek(SoapContract contract, string operatie, XElement bericht, WsaHeaders wsa)
    {
        var ns = contract.SchemaNamespace;
        var verzonden = bericht.Element(ns + "identificatiecodeBedrijfsdocument")!.Value;
        // PvE §6.4.5 (a UUID) and §6.5 note *4: reported as Server.DK0050 with this very faultstring. The handlers claim
        // the id in its one form (lowercase), for RIO and ROD alike; the answer echoes it as sent.
        var identificatiecode = BedrijfsdocumentIds.Normaliseer(verzonden)
            ?? throw new SoapFaultException(SoapFaults.ServiceAfhandelingGeeftFout("Ongeldige waarde voor identificatiecodeBedrijfsdocument"));
        return new SoapVerzoek(
            contract.Service,
            operatie,
            bericht,
            wsa.VerzenderOin,
            wsa.OntvangerOin,
            wsa.MessageId,
            identificatiecode,
            bericht.Element(ns + "verzendendeInstantie")!.Value,
            bericht.Element(ns + "ontvangendeInstantie")!.Value)
        {
            Clock = clock,
            Beveiligd = beveiliging.Aan,
            IdentificatiecodeZoalsVerzonden = verzonden,
        };
    }

    /// <summary>A handler's answer must be the operation's response element and XSD-valid; a bug must not leak.</summary>
    private static void ControleerAntwoord(SoapContract contract, string operatie, XElement antwoord)
    {
        var verwacht = contract.ResponseElement(operatie);
        if (antwoord.Name != verwacht)
        {
            throw new InvalidOperationException($"Handler of {contract.Service} {operatie} returned {antwoord.Name}, expected {verwacht}.");
        }
        var fouten = contract.Valideer(antwoord);
        if (fouten.Count > 0)
        {
            throw new InvalidOperationException(
                $"Handler of {contract.Service} {operatie} returned a response that is not valid against {contract.Naam}.xsd: {string.Join("; ", fouten)}");
        }
    }

    private async Task SchrijfFoutAsync(HttpContext context, SoapFault fault, XElement? header, string? verzoekhandtekening,
        CancellationToken ct)
    {
        var relatesTo = Waarde(header?.Element(Wsa + "MessageID"));
        var to = Waarde(header?.Element(Wsa + "From")?.Element(Wsa + "Address"));
        var from = Waarde(header?.Element(Wsa + "To"))
            ?? "http://www.w3.org/2005/08/addressing/anonymous?oin=" + options.Value.Oin;
        await SchrijfAsync(context, SoapAntwoordEnvelopes.Fout(fault, relatesTo, to, from),
            StatusCodes.Status500InternalServerError, verzoekhandtekening, ct);
    }

    /// <summary>Every answer, fault or not, goes out signed when the security is on.</summary>
    private async Task SchrijfAsync(HttpContext context, XDocument antwoord, int status, string? verzoekhandtekening,
        CancellationToken ct)
    {
        if (beveiliging.Aan)
        {
            await XmlResponse.SchrijfAsync(context.Response, beveiliging.Onderteken(antwoord, verzoekhandtekening), status, ct);
        }
        else
        {
            await XmlResponse.SchrijfAsync(context.Response, antwoord, status, ct);
        }
    }

    private static string? Waarde(XElement? element)
    {
        var waarde = element?.Value.Trim();
        return string.IsNullOrEmpty(waarde) ? null : waarde;
    }
}
