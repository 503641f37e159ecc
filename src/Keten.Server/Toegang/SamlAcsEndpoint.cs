using Keten.Toegang;
using Keten.Toegang.Saml;

namespace Keten.Server.Toegang;

/// <summary>
/// /toegang/saml/acs: the herkenningsmakelaar's answer, as SAMLart (Artifact binding, GET or POST; resolved over SOAP)
/// or SAMLResponse (HTTP-POST binding). Accepted and at the service's level: the session cookie is set and the browser
/// returns to the RelayState's address. Anything else ends on a Dutch page, and is logged by its code only.
/// </summary>
public static class SamlAcsEndpoint
{
    public static async Task<IResult> OntvangAsync(
        HttpContext http, SamlLogin login, Terugkeeradressen terugkeer, IHttpClientFactory clients, TimeProvider klok,
        ILoggerFactory logging, CancellationToken ct)
    {
        if (login.Instellingen is not { } instellingen)
        {
            return ToegangPaginas.NietIngesteld();
        }
        var logger = logging.CreateLogger("Keten.Toegang.Login");
        var (samlArt, samlResponse, relayState) = await LeesAsync(http.Request, ct);
        Authenticatiecontext context;
        try
        {
            if (!string.IsNullOrEmpty(samlArt))
            {
                context = await login.Oplosser(instellingen, clients.CreateClient(SamlLogin.HttpClientNaam)).LosOpAsync(samlArt, ct);
            }
            else if (!string.IsNullOrEmpty(samlResponse))
            {
                context = login.Verwerker(instellingen).VerwerkPost(samlResponse);
            }
            else
            {
                return ToegangPaginas.GeenBericht();
            }
        }
        catch (SamlWeigeringException e)
        {
            if (e.Weigering == SamlWeigering.InloggenGeannuleerd)
            {
                logger.LogInformation("SAML login cancelled by the user");
                return ToegangPaginas.Geannuleerd(instellingen.StandaardDienst.Dienst.Index);
            }
            logger.LogWarning("SAML login refused: {Weigering} ({Veld})", e.Weigering, e.Veld);
            return ToegangPaginas.Geweigerd(e.Weigering);
        }

        if (instellingen.DienstVoor(context.ServiceId) is not { } dienst)
        {
            logger.LogWarning("SAML login refused: the ServiceID is none of Keten's services");
            return ToegangPaginas.DienstNietToegestaan();
        }
        if (context.Niveau < dienst.MinimaalNiveau)
        {
            logger.LogInformation("SAML login refused: level {Niveau} below {Minimaal} for service {Index}",
                context.Niveau, dienst.MinimaalNiveau, dienst.Dienst.Index);
            return ToegangPaginas.NiveauTeLaag(context.Niveau, dienst);
        }
        await ToegangSessie.MeldAanAsync(http, context, klok.GetUtcNow());
        logger.LogInformation("SAML login accepted for service {Index} at level {Niveau}", dienst.Dienst.Index, context.Niveau);
        return Results.Redirect(await terugkeer.NeemAsync(relayState, ct));
    }

    private static async Task<(string? SamlArt, string? SamlResponse, string? RelayState)> LeesAsync(HttpRequest request, CancellationToken ct)
    {
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return (form["SAMLart"].FirstOrDefault(), form["SAMLResponse"].FirstOrDefault(), form["RelayState"].FirstOrDefault());
        }
        return (request.Query["SAMLart"].FirstOrDefault(), null, request.Query["RelayState"].FirstOrDefault());
    }
}
