using System.Text;
using Keten.Toegang.Saml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Keten.Ontwikkelmakelaar.Saml;

/// <summary>
/// The broker's SAML identity-provider side: metadata, the SingleSignOnService (AuthnRequest over HTTP-Redirect
/// or HTTP-POST, signed by the DV, else refused with a page), the answer over Artifact (redirect with SAMLart to
/// the ACS) or HTTP-POST, and the ArtifactResolutionService (a signed ArtifactResolve gets a signed
/// ArtifactResponse; each artifact once).
/// </summary>
internal static class SamlMakelaar
{
    public const string MetadataPad = "/saml/metadata";
    public const string SsoPad = "/saml/sso";
    public const string ArsPad = "/saml/ars";

    public static void MapSamlMakelaar(this RouteGroupBuilder groep)
    {
        groep.MapGet(MetadataPad, (HttpContext context, Makelaar makelaar) =>
            Results.Text(MakelaarMetadata.Maak(makelaar, BasisUrl(context, makelaar)).OuterXml, "application/samlmetadata+xml", Encoding.UTF8));
        groep.MapGet(SsoPad, async (HttpContext context, Makelaar makelaar) =>
        {
            var dienstverlener = await makelaar.DienstverlenerAsync(context.RequestAborted);
            return Ontvang(context, makelaar, dienstverlener,
                () => SamlVerzoekLezer.LeesRedirect(context.Request.QueryString.Value ?? "", dienstverlener.Certificaten), context.Request.Query["RelayState"]);
        });
        groep.MapPost(SsoPad, async (HttpContext context, Makelaar makelaar) =>
        {
            var formulier = await context.Request.ReadFormAsync(context.RequestAborted);
            var dienstverlener = await makelaar.DienstverlenerAsync(context.RequestAborted);
            return Ontvang(context, makelaar, dienstverlener,
                () => SamlVerzoekLezer.LeesPost(formulier["SAMLRequest"].ToString(), dienstverlener.Certificaten), formulier["RelayState"]);
        }).DisableAntiforgery();
        groep.MapPost(ArsPad, LosArtifactOp);
    }

    public static string BasisUrl(HttpContext context, Makelaar makelaar) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{makelaar.Opties.Pad}";

    /// <summary>The answer to a chosen (or cancelled) login: an artifact redirect, or a form posting the Response.</summary>
    public static IResult Beantwoord(
        Makelaar makelaar, Dienstverlener dienstverlener, HttpContext context, SamlAntwoordadres adres, Makelaarverklaring? verklaring, bool viaPost)
    {
        var response = MakelaarBerichten.Response(makelaar, dienstverlener, adres, verklaring);
        if (viaPost)
        {
            return Html.Doorsturen(adres.AcsUrl, [("SAMLResponse", SamlPostBinding.Codeer(response)), ("RelayState", adres.RelayState)]);
        }
        var artifact = SamlArtifact.Maak(makelaar.Opties.EntityId, 0);
        makelaar.Artifacts.Bewaar(artifact, response.OuterXml);
        var url = new StringBuilder(adres.AcsUrl).Append(adres.AcsUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')
            .Append("SAMLart=").Append(Uri.EscapeDataString(artifact));
        if (adres.RelayState is not null)
        {
            url.Append("&RelayState=").Append(Uri.EscapeDataString(adres.RelayState));
        }
        context.Response.Headers.CacheControl = "no-cache, no-store";
        context.Response.Headers.Pragma = "no-cache";
        return Results.Redirect(url.ToString());
    }

    private static IResult Ontvang(
        HttpContext context, Makelaar makelaar, Dienstverlener dienstverlener, Func<SamlOntvangenAuthnRequest> lees, string? relayState)
    {
        SamlOntvangenAuthnRequest verzoek;
        try
        {
            verzoek = lees();
            if (verzoek.Issuer != dienstverlener.EntityId)
            {
                throw new SamlWeigeringException(SamlWeigering.OnbekendeUitgever, "AuthnRequest/Issuer");
            }
        }
        catch (SamlWeigeringException fout)
        {
            return Html.Fout($"Het AuthnRequest is geweigerd: {fout.Weigering.Tekst()} ({fout.Weigering}, {fout.Veld}).");
        }
        var acsUrls = dienstverlener.AcsUrls;
        var acsUrl = verzoek.AssertionConsumerServiceUrl is { } gevraagd
            ? acsUrls.FirstOrDefault(u => u == gevraagd)
            : acsUrls.ElementAtOrDefault(verzoek.AssertionConsumerServiceIndex ?? 0);
        if (acsUrl is null)
        {
            return Html.Fout("Het AuthnRequest is geweigerd: onbekende AssertionConsumerService (AuthnRequest/@AssertionConsumerServiceIndex).");
        }
        var inlogverzoek = new Inlogverzoek(
            verzoek.GevraagdNiveau, verzoek.AttributeConsumingServiceIndex ?? 0, new SamlAntwoordadres(verzoek.Id, acsUrl, relayState), null);
        return Keuzepagina.Toon(makelaar, context, makelaar.Verzoeken.Bewaar(inlogverzoek), inlogverzoek);
    }

    private static async Task<IResult> LosArtifactOp(HttpContext context, Makelaar makelaar)
    {
        using var lezer = new StreamReader(context.Request.Body, Encoding.UTF8);
        var soap = await lezer.ReadToEndAsync(context.RequestAborted);
        var dienstverlener = await makelaar.DienstverlenerAsync(context.RequestAborted);
        SamlOntvangenArtifactResolve resolve;
        try
        {
            resolve = SamlVerzoekLezer.LeesArtifactResolve(soap, dienstverlener.Certificaten);
            if (resolve.Issuer != dienstverlener.EntityId)
            {
                throw new SamlWeigeringException(SamlWeigering.OnbekendeUitgever, "ArtifactResolve/Issuer");
            }
        }
        catch (SamlWeigeringException fout)
        {
            return Results.Text(SoapFout($"{fout.Weigering}: {fout.Weigering.Tekst()} ({fout.Veld})"), "text/xml", Encoding.UTF8, StatusCodes.Status500InternalServerError);
        }
        var response = makelaar.Artifacts.Neem(resolve.Artifact, out var bewaard) ? bewaard : null;
        return Results.Text(MakelaarBerichten.ArtifactResponse(makelaar, resolve.Id, response), "text/xml", Encoding.UTF8);
    }

    private static string SoapFout(string tekst) =>
        $"""<soap:Envelope xmlns:soap="{SamlNamen.Soap11}"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>{System.Security.SecurityElement.Escape(tekst)}</faultstring></soap:Fault></soap:Body></soap:Envelope>""";
}
