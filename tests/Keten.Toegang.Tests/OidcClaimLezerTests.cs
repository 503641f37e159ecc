using System.Security.Claims;
using Keten.Toegang.Oidc;

namespace Keten.Toegang.Tests;

public class OidcClaimLezerTests
{
    private const string Makelaar = "https://makelaar.test/oidc";

    private static List<Claim> Claims(params string[] zonder) =>
    [
        .. new Dictionary<string, string>
        {
            ["iss"] = Makelaar,
            ["namequalifier"] = "urn:etoegang:1.9:EntityConcernedID:KvKnr",
            ["urn:etoegang:core:LegalSubjectID"] = ResponseBouwer.KvkNummer,
            ["urn:etoegang:core:ActingSubjectID"] = ResponseBouwer.ActingSubject,
            ["urn:etoegang:1.9:ServiceRestriction:Vestigingsnr"] = "000012345678",
            ["urn:etoegang:core:ServiceID"] = ResponseBouwer.ServiceId,
            ["urn:etoegang:core:ServiceUUID"] = ResponseBouwer.ServiceUuid,
            ["acr"] = "urn:etoegang:core:assurance-class:loa3",
        }.Where(c => !zonder.Contains(c.Key)).Select(c => new Claim(c.Key, c.Value, ClaimValueTypes.String, Makelaar)),
    ];

    [Fact]
    public void De_claims_met_de_eTOEGANG_namen_geven_dezelfde_authenticatiecontext_als_SAML()
    {
        var context = OidcClaimLezer.Lees(Claims(), new OidcClaimNamen());

        Assert.Equal(new LegalSubject("urn:etoegang:1.9:EntityConcernedID:KvKnr", ResponseBouwer.KvkNummer), context.LegalSubject);
        Assert.Equal(ResponseBouwer.ActingSubject, context.ActingSubjectId);
        Assert.Equal("000012345678", context.Vestigingsnr);
        Assert.Equal(ResponseBouwer.ServiceId, context.ServiceId);
        Assert.Equal(ResponseBouwer.ServiceUuid, context.ServiceUuid);
        Assert.Equal(Betrouwbaarheidsniveau.Loa3, context.Niveau);
        Assert.Equal(Makelaar, context.Herkenningsmakelaar);
    }

    [Theory]
    [InlineData("namequalifier")]
    [InlineData("urn:etoegang:core:LegalSubjectID")]
    [InlineData("urn:etoegang:core:ActingSubjectID")]
    [InlineData("urn:etoegang:core:ServiceID")]
    [InlineData("urn:etoegang:core:ServiceUUID")]
    [InlineData("acr")]
    public void Een_ontbrekende_verplichte_claim_wordt_met_zijn_naam_geweigerd(string claim)
    {
        var fout = Assert.Throws<OidcWeigeringException>(() => OidcClaimLezer.Lees(Claims(claim), new OidcClaimNamen()));

        Assert.Equal(OidcWeigering.ClaimOntbreekt, fout.Weigering);
        Assert.Equal(claim, fout.Claim);
        Assert.DoesNotContain(ResponseBouwer.KvkNummer, fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_onbekend_niveau_wordt_geweigerd()
    {
        var claims = Claims("acr");
        claims.Add(new Claim("acr", "urn:etoegang:core:assurance-class:loa1"));

        var fout = Assert.Throws<OidcWeigeringException>(() => OidcClaimLezer.Lees(claims, new OidcClaimNamen()));

        Assert.Equal(OidcWeigering.BetrouwbaarheidsniveauOnbekend, fout.Weigering);
    }

    [Fact]
    public void Andere_claimnamen_en_een_eigen_niveautabel_zijn_in_te_stellen()
    {
        var namen = new OidcClaimNamen
        {
            LegalSubjectId = "chamberOfCommerce",
            ServiceId = "eherkenningServiceID",
            Niveau = "authsp_level",
            StandaardIdentificatieType = "urn:etoegang:1.9:EntityConcernedID:KvKnr",
            Niveaus = new Dictionary<string, Betrouwbaarheidsniveau> { ["30"] = Betrouwbaarheidsniveau.Loa3 },
        };
        List<Claim> claims =
        [
            new("chamberOfCommerce", ResponseBouwer.KvkNummer, ClaimValueTypes.String, Makelaar),
            new("urn:etoegang:core:ActingSubjectID", ResponseBouwer.ActingSubject),
            new("eherkenningServiceID", ResponseBouwer.ServiceId),
            new("urn:etoegang:core:ServiceUUID", ResponseBouwer.ServiceUuid),
            new("authsp_level", "30"),
        ];

        var context = OidcClaimLezer.Lees(claims, namen);

        Assert.Equal(ResponseBouwer.KvkNummer, context.LegalSubject.Waarde);
        Assert.Equal("urn:etoegang:1.9:EntityConcernedID:KvKnr", context.LegalSubject.Type);
        Assert.Equal(Betrouwbaarheidsniveau.Loa3, context.Niveau);
        Assert.Equal(Makelaar, context.Herkenningsmakelaar);
        Assert.Null(context.Vestigingsnr);
    }
}
