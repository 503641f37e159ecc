using Keten.Toegang.Saml;

namespace Keten.Server.Toegang;

/// <summary>
/// GET /toegang/saml/login?returnUrl=/…&amp;dienst=&lt;index&gt;: the signed AuthnRequest for the service (default the
/// standard one), asking at least its level, over the HTTP-POST binding (a self-submitting form) or the Redirect
/// binding; the RelayState is the key of the local return address.
/// </summary>
public static class SamlLoginEndpoint
{
    public static async Task<IResult> StartAsync(string? returnUrl, int? dienst, SamlLogin login, Terugkeeradressen terugkeer, CancellationToken ct)
    {
        if (login.Instellingen is not { } instellingen)
        {
            return ToegangPaginas.NietIngesteld();
        }
        if (returnUrl is not null && !Terugkeeradressen.IsLokaal(returnUrl))
        {
            return ToegangPaginas.OngeldigTerugkeeradres();
        }
        if ((dienst is { } index ? instellingen.Dienst(index) : instellingen.StandaardDienst) is not { } gekozen)
        {
            return ToegangPaginas.OnbekendeDienst();
        }
        var relayState = await terugkeer.BewaarAsync(returnUrl ?? Terugkeeradressen.Standaard, ct);
        var verzoek = new SamlInlogverzoek(instellingen.AssertionConsumerServiceIndex, gekozen.Dienst.Index, instellingen.ProviderName, gekozen.MinimaalNiveau);
        var maker = login.VerzoekMaker(instellingen);
        if (instellingen.RedirectBinding)
        {
            return Results.Redirect(maker.MaakRedirect(verzoek, instellingen.SingleSignOnServiceUrl, relayState).AbsoluteUri);
        }
        var authnRequest = maker.Maak(verzoek, instellingen.SingleSignOnServiceUrl);
        return ToegangPaginas.PostFormulier(instellingen.SingleSignOnServiceUrl, SamlPostBinding.Codeer(authnRequest), relayState);
    }
}
