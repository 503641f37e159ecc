using Keten.Toegang.Saml;

namespace Keten.Server.Toegang;

/// <summary>
/// The SAML core wired to the server: the settings (null when login is not configured), the database stores and the
/// clock, from which each request gets the core objects it needs.
/// </summary>
public sealed class SamlLogin(SamlLoginInstellingen? instellingen, IUitstaandeVerzoeken uitstaand, IReplayStore replay, TimeProvider klok)
{
    /// <summary>The IHttpClientFactory client for the artifact back channel.</summary>
    public const string HttpClientNaam = "Keten.Toegang.Saml.ArtifactResolutionService";

    public SamlLoginInstellingen? Instellingen => instellingen;

    public SamlAuthnRequestMaker VerzoekMaker(SamlLoginInstellingen i) => new(i.Dienstverlener, uitstaand, klok);

    public SamlResponseVerwerker Verwerker(SamlLoginInstellingen i) =>
        new(i.Dienstverlener, i.Herkenningsmakelaar, i.Controles, uitstaand, replay, klok);

    public SamlArtifactOplosser Oplosser(SamlLoginInstellingen i, HttpClient http) =>
        new(new SamlArtifactResolutie(i.Dienstverlener, i.Herkenningsmakelaar, i.Controles, replay, klok), Verwerker(i), i.Herkenningsmakelaar, http);
}
