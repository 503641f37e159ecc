using Keten.Contract.Rio;
using Keten.Contract.Soap;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Rio.Rest;

/// <summary>
/// The REST door's answer to <see cref="XsdControle"/>: a body DUO's XSD refuses is a malformed body, 400 ProblemDetails
/// KTN400 with the JSON field of each error (ADR 0026).
/// </summary>
internal static class RestXsdControle
{
    /// <returns>Null when a SOAP message carrying the record would pass the XSD, else the 400 ProblemDetails.</returns>
    public static ProblemHttpResult? Controleer(SoapContracten contracten, object record) =>
        XsdControle.Fouten(contracten, record) is { Count: > 0 } fouten ? RestAntwoorden.Ongeldig(fouten, XsdControle.Titel) : null;
}
