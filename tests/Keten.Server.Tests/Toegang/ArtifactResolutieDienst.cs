using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Keten.Toegang.Saml;
using Keten.Toegang.Tests;

namespace Keten.Server.Tests.Toegang;

/// <summary>
/// The herkenningsmakelaar's ArtifactResolutionService as the primary handler of Keten's back-channel HttpClient: it
/// checks Keten's ArtifactResolve signature, answers each known artifact once with a signed ArtifactResponse, and
/// counts the calls.
/// </summary>
public sealed class ArtifactResolutieDienst : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, XmlDocument> antwoorden = new(StringComparer.Ordinal);
    private int aanroepen;

    public int Aanroepen => aanroepen;

    public HttpStatusCode? Storing { get; set; }

    /// <summary>Keeps the Response for a new artifact and returns that SAMLart.</summary>
    public string Bewaar(XmlDocument response)
    {
        var samlArt = SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0);
        antwoorden[samlArt] = response;
        return samlArt;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref aanroepen);
        if (Storing is { } status)
        {
            return new HttpResponseMessage(status);
        }
        var verzoek = new XmlDocument { PreserveWhitespace = true };
        verzoek.LoadXml(await request.Content!.ReadAsStringAsync(cancellationToken));
        var resolve = verzoek.Element("/soap:Envelope/soap:Body/samlp:ArtifactResolve");
        if (!HandtekeningKlopt(verzoek, resolve))
        {
            return new HttpResponseMessage(HttpStatusCode.Forbidden);
        }
        var samlArt = resolve.SelectSingleNode("samlp:Artifact", verzoek.Ns())!.InnerText;
        if (!antwoorden.TryRemove(samlArt, out var response))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
        var (soap, _) = ArtifactResponseBouwer.Bouw(response, onderteken: true, resolve.GetAttribute("ID"));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(soap, Encoding.UTF8, "text/xml") };
    }

    private static bool HandtekeningKlopt(XmlDocument document, XmlElement resolve)
    {
        var handtekening = new SignedXml(document);
        handtekening.LoadXml(resolve.Element("ds:Signature"));
        return handtekening.CheckSignature(TestSleutels.Dienstverlener.Certificaat, verifySignatureOnly: true);
    }
}

internal static class XmlElementExtensies
{
    public static XmlElement Element(this XmlElement element, string xpath) =>
        (XmlElement)element.SelectSingleNode(xpath, element.OwnerDocument.Ns())!;
}
