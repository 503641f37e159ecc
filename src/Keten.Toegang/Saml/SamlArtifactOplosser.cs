using System.Text;

namespace Keten.Toegang.Saml;

/// <summary>
/// Resolves a SAMLart end to end: the signed ArtifactResolve is POSTed over SOAP to the herkenningsmakelaar's
/// ArtifactResolutionService, the ArtifactResponse verified, and its Response checked into an
/// <see cref="Authenticatiecontext"/>.
/// </summary>
public sealed class SamlArtifactOplosser(
    SamlArtifactResolutie resolutie,
    SamlResponseVerwerker verwerker,
    SamlHerkenningsmakelaar herkenningsmakelaar,
    HttpClient http)
{
    public async Task<Authenticatiecontext> LosOpAsync(string samlArt, CancellationToken annulering)
    {
        var verzoek = resolutie.MaakArtifactResolve(samlArt);
        using var bericht = new HttpRequestMessage(HttpMethod.Post, herkenningsmakelaar.ArtifactResolutionServiceUrl)
        {
            Content = new StringContent(verzoek.SoapEnvelope, Encoding.UTF8, "text/xml"),
        };
        bericht.Headers.Add("SOAPAction", "\"http://www.oasis-open.org/committees/security\"");
        string soap;
        try
        {
            using var antwoord = await http.SendAsync(bericht, annulering);
            if (!antwoord.IsSuccessStatusCode)
            {
                throw new SamlWeigeringException(SamlWeigering.ArtifactResolutieMislukt, "ArtifactResolutionService (HTTP-status)");
            }
            soap = await antwoord.Content.ReadAsStringAsync(annulering);
        }
        catch (HttpRequestException)
        {
            throw new SamlWeigeringException(SamlWeigering.ArtifactResolutieMislukt, "ArtifactResolutionService");
        }
        return verwerker.VerwerkArtifact(resolutie.LeesArtifactResponse(soap, verzoek.Id));
    }
}
