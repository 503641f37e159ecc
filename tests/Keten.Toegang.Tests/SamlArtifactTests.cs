using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

public class SamlArtifactTests
{
    private readonly SamlOmgeving _omgeving = new();

    [Fact]
    public void Een_artifact_van_de_herkenningsmakelaar_wordt_gelezen()
    {
        var artifact = SamlArtifact.Lees(SamlArtifact.Maak(SamlOmgeving.HmEntityId, 1), SamlOmgeving.HmEntityId);

        Assert.Equal(1, artifact.EndpointIndex);
        Assert.Equal(SamlArtifact.SourceIdVan(SamlOmgeving.HmEntityId), artifact.SourceId);
    }

    [Fact]
    public void Een_artifact_van_een_andere_uitgever_wordt_geweigerd() =>
        Assert.Equal(SamlWeigering.ArtifactOngeldig, Assert.Throws<SamlWeigeringException>(() =>
            SamlArtifact.Lees(SamlArtifact.Maak("urn:etoegang:HM:1:entities:1", 0), SamlOmgeving.HmEntityId)).Weigering);

    [Fact]
    public void Een_artifact_met_een_ander_typecode_wordt_geweigerd()
    {
        var bytes = Convert.FromBase64String(SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0));
        bytes[1] = 0x03;

        Assert.Equal("SAMLart/TypeCode", Assert.Throws<SamlWeigeringException>(() =>
            SamlArtifact.Lees(Convert.ToBase64String(bytes), SamlOmgeving.HmEntityId)).Veld);
    }

    [Fact]
    public void Een_artifact_wordt_maar_eenmaal_opgelost()
    {
        var samlArt = SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0);
        _omgeving.ArtifactResolutie().MaakArtifactResolve(samlArt);

        Assert.Equal(SamlWeigering.BerichtAlGebruikt, Assert.Throws<SamlWeigeringException>(() =>
            _omgeving.ArtifactResolutie().MaakArtifactResolve(samlArt)).Weigering);
    }

    [Fact]
    public void De_ArtifactResolve_is_een_ondertekend_SOAP_bericht_dat_Keten_zelf_verifieert()
    {
        var verzoek = _omgeving.ArtifactResolutie().MaakArtifactResolve(SamlArtifact.Maak(SamlOmgeving.HmEntityId, 0));
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(verzoek.SoapEnvelope);
        var resolve = document.Element("/soap:Envelope/soap:Body/samlp:ArtifactResolve");

        Assert.Equal(verzoek.Id, resolve.GetAttribute("ID"));
        Assert.Equal(SamlOmgeving.ArsUrl, resolve.GetAttribute("Destination"));
        SamlHandtekeningControle.Verifieer(resolve, [TestSleutels.Dienstverlener]);
    }

    [Fact]
    public void Een_ondertekende_ArtifactResponse_met_onondertekende_response_en_assertion_wordt_aanvaard()
    {
        var (soap, resolveId) = ArtifactResponseBouwer.Bouw(new ResponseBouwer(_omgeving).Bouw(), onderteken: true);
        var resolutie = _omgeving.ArtifactResolutie();

        var response = resolutie.LeesArtifactResponse(soap, resolveId);
        var context = _omgeving.Verwerker().VerwerkArtifact(response);

        Assert.Equal(ResponseBouwer.KvkNummer, context.LegalSubject.Waarde);
    }

    [Fact]
    public void Een_onondertekende_ArtifactResponse_wordt_geweigerd()
    {
        var (soap, resolveId) = ArtifactResponseBouwer.Bouw(new ResponseBouwer(_omgeving).Bouw().MetOndertekendeAssertion(), onderteken: false);

        Assert.Equal(SamlWeigering.HandtekeningOntbreekt, Assert.Throws<SamlWeigeringException>(() =>
            _omgeving.ArtifactResolutie().LeesArtifactResponse(soap, resolveId)).Weigering);
    }

    [Fact]
    public void Een_na_ondertekening_gewijzigde_ArtifactResponse_wordt_geweigerd()
    {
        var (soap, resolveId) = ArtifactResponseBouwer.Bouw(new ResponseBouwer(_omgeving).Bouw(), onderteken: true);
        soap = soap.Replace(ResponseBouwer.KvkNummer, "90000002", StringComparison.Ordinal);

        Assert.Equal(SamlWeigering.HandtekeningOngeldig, Assert.Throws<SamlWeigeringException>(() =>
            _omgeving.ArtifactResolutie().LeesArtifactResponse(soap, resolveId)).Weigering);
    }

    [Fact]
    public void Een_ArtifactResponse_op_een_ander_ArtifactResolve_wordt_geweigerd()
    {
        var (soap, _) = ArtifactResponseBouwer.Bouw(new ResponseBouwer(_omgeving).Bouw(), onderteken: true);

        Assert.Equal(SamlWeigering.OnbekendVerzoek, Assert.Throws<SamlWeigeringException>(() =>
            _omgeving.ArtifactResolutie().LeesArtifactResponse(soap, "_eenAnderVerzoek")).Weigering);
    }
}
