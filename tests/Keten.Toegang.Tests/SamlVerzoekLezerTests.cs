using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

/// <summary>The identity provider's reading of Keten's requests, as the development broker does it.</summary>
public class SamlVerzoekLezerTests
{
    private const string Sso = "https://hm.test/sso";
    private readonly SamlOmgeving _omgeving = new();

    private SamlAuthnRequestMaker Maker(SamlCertificaat? sleutel = null) =>
        new(_omgeving.Dienstverlener with { Ondertekening = sleutel ?? TestSleutels.Dienstverlener }, _omgeving.Verzoeken, _omgeving.Klok);

    [Fact]
    public void Een_ondertekend_POST_verzoek_wordt_gelezen()
    {
        var document = Maker().Maak(new SamlInlogverzoek(0, 2, "Keten", Betrouwbaarheidsniveau.Loa3), Sso);

        var verzoek = SamlVerzoekLezer.LeesPost(SamlPostBinding.Codeer(document), [TestSleutels.Dienstverlener]);

        Assert.Equal(document.DocumentElement!.GetAttribute("ID"), verzoek.Id);
        Assert.Equal(SamlOmgeving.DvEntityId, verzoek.Issuer);
        Assert.Equal(0, verzoek.AssertionConsumerServiceIndex);
        Assert.Equal(2, verzoek.AttributeConsumingServiceIndex);
        Assert.Equal(Betrouwbaarheidsniveau.Loa3, verzoek.GevraagdNiveau);
    }

    [Fact]
    public void Een_onondertekend_POST_verzoek_wordt_geweigerd()
    {
        var document = Maker().Maak(new SamlInlogverzoek(0, 1, "Keten", null), Sso);
        var handtekening = document.Element("//ds:Signature");
        handtekening.ParentNode!.RemoveChild(handtekening);

        var fout = Assert.Throws<SamlWeigeringException>(() => SamlVerzoekLezer.LeesPost(SamlPostBinding.Codeer(document), [TestSleutels.Dienstverlener]));

        Assert.Equal(SamlWeigering.HandtekeningOntbreekt, fout.Weigering);
    }

    [Fact]
    public void Een_POST_verzoek_ondertekend_met_een_andere_sleutel_wordt_geweigerd()
    {
        var document = Maker(TestSleutels.Indringer).Maak(new SamlInlogverzoek(0, 1, "Keten", null), Sso);

        var fout = Assert.Throws<SamlWeigeringException>(() => SamlVerzoekLezer.LeesPost(SamlPostBinding.Codeer(document), [TestSleutels.Dienstverlener]));

        Assert.Equal(SamlWeigering.HandtekeningOngeldig, fout.Weigering);
    }

    [Fact]
    public void Een_redirect_verzoek_wordt_gelezen_na_controle_van_de_handtekening_in_de_query()
    {
        var url = Maker().MaakRedirect(new SamlInlogverzoek(0, 1, "Keten", Betrouwbaarheidsniveau.Loa2Plus), Sso, "terug-42");

        var verzoek = SamlVerzoekLezer.LeesRedirect(url.Query, [TestSleutels.Dienstverlener]);

        Assert.Equal(SamlOmgeving.DvEntityId, verzoek.Issuer);
        Assert.Equal(Betrouwbaarheidsniveau.Loa2Plus, verzoek.GevraagdNiveau);
    }

    [Theory]
    [InlineData("RelayState=terug-42", "RelayState=ander-adres", SamlWeigering.HandtekeningOngeldig)]
    [InlineData("&Signature=", "&Zonder=", SamlWeigering.HandtekeningOntbreekt)]
    [InlineData("xmldsig-more%23rsa-sha256", "xmldsig%23rsa-sha1", SamlWeigering.AlgoritmeNietToegestaan)]
    public void Een_veranderd_of_onondertekend_redirect_verzoek_wordt_geweigerd(string oud, string nieuw, SamlWeigering verwacht)
    {
        var url = Maker().MaakRedirect(new SamlInlogverzoek(0, 1, "Keten", null), Sso, "terug-42");

        var fout = Assert.Throws<SamlWeigeringException>(() =>
            SamlVerzoekLezer.LeesRedirect(url.Query.Replace(oud, nieuw, StringComparison.Ordinal), [TestSleutels.Dienstverlener]));

        Assert.Equal(verwacht, fout.Weigering);
    }

    [Fact]
    public void Het_ArtifactResolve_van_Keten_wordt_gelezen_en_een_veranderd_geweigerd()
    {
        var samlArt = SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0);
        var soap = _omgeving.ArtifactResolutie().MaakArtifactResolve(samlArt).SoapEnvelope;

        var resolve = SamlVerzoekLezer.LeesArtifactResolve(soap, [TestSleutels.Dienstverlener]);
        var fout = Assert.Throws<SamlWeigeringException>(() =>
            SamlVerzoekLezer.LeesArtifactResolve(soap.Replace(samlArt, SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0), StringComparison.Ordinal), [TestSleutels.Dienstverlener]));

        Assert.Equal(samlArt, resolve.Artifact);
        Assert.Equal(SamlOmgeving.DvEntityId, resolve.Issuer);
        Assert.Equal(SamlWeigering.HandtekeningOngeldig, fout.Weigering);
    }
}
