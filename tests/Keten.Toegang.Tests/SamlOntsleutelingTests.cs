using System.Xml;
using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

public class SamlOntsleutelingTests
{
    private readonly SamlOmgeving _omgeving = new();

    [Theory]
    [InlineData(SamlNamen.Aes128Cbc)]
    [InlineData(SamlNamen.Aes256Cbc)]
    [InlineData(SamlNamen.Aes128Gcm)]
    [InlineData(SamlNamen.Aes256Gcm)]
    public void Een_versleutelde_ondertekende_assertion_met_EncryptedIDs_wordt_gelezen(string algoritme)
    {
        var response = new ResponseBouwer(_omgeving).Bouw();
        foreach (var nameId in response.SelectNodes("//saml:AttributeValue/saml:NameID", response.Ns())!.OfType<XmlElement>().ToList())
        {
            SamlVersleutelaar.Versleutel(nameId, "EncryptedID", TestSleutels.Dienstverlener, SamlOmgeving.DvEntityId, algoritme);
        }
        response.MetOndertekendeAssertion();
        SamlVersleutelaar.Versleutel(response.Assertion(), "EncryptedAssertion", TestSleutels.Dienstverlener, SamlOmgeving.DvEntityId, algoritme);
        Assert.DoesNotContain(ResponseBouwer.KvkNummer, response.OuterXml, StringComparison.Ordinal);

        var context = _omgeving.VerwerkPost(response);

        Assert.Equal(new LegalSubject(SamlNamen.EntityConcernedKvKnr, ResponseBouwer.KvkNummer), context.LegalSubject);
        Assert.Equal(ResponseBouwer.ActingSubject, context.ActingSubjectId);
    }

    [Fact]
    public void Een_voor_een_ander_versleutelde_assertion_wordt_geweigerd()
    {
        var response = new ResponseBouwer(_omgeving).Bouw().MetOndertekendeAssertion();
        SamlVersleutelaar.Versleutel(response.Assertion(), "EncryptedAssertion", TestSleutels.Indringer, SamlOmgeving.DvEntityId, SamlNamen.Aes256Gcm);

        Assert.Equal(SamlWeigering.OntsleutelenMislukt, _omgeving.Weigering(response));
    }

    [Fact]
    public void Een_gewijzigde_GCM_tekst_wordt_geweigerd()
    {
        var response = new ResponseBouwer(_omgeving).Bouw().MetOndertekendeAssertion();
        var versleuteld = SamlVersleutelaar.Versleutel(response.Assertion(), "EncryptedAssertion", TestSleutels.Dienstverlener, SamlOmgeving.DvEntityId, SamlNamen.Aes256Gcm);
        var cipherValue = (XmlElement)versleuteld.SelectSingleNode("xenc:EncryptedData/xenc:CipherData/xenc:CipherValue", response.Ns())!;
        var bytes = Convert.FromBase64String(cipherValue.InnerText);
        bytes[20] ^= 1;
        cipherValue.InnerText = Convert.ToBase64String(bytes);

        Assert.Equal(SamlWeigering.OntsleutelenMislukt, _omgeving.Weigering(response));
    }

    [Fact]
    public void Een_versleutelde_maar_onondertekende_assertion_in_een_onondertekende_response_wordt_geweigerd()
    {
        var response = new ResponseBouwer(_omgeving).Bouw();
        SamlVersleutelaar.Versleutel(response.Assertion(), "EncryptedAssertion", TestSleutels.Dienstverlener, SamlOmgeving.DvEntityId, SamlNamen.Aes256Cbc);

        Assert.Equal(SamlWeigering.HandtekeningOntbreekt, _omgeving.Weigering(response));
    }

    [Fact]
    public void Een_EncryptedID_die_op_het_saml_voorvoegsel_van_zijn_omgeving_leunt_wordt_ontsleuteld()
    {
        // The plaintext uses the saml: prefix without declaring it, as a sender encrypting in context may do.
        var response = new ResponseBouwer(_omgeving).Bouw();
        var nameId = response.Element($"//saml:Attribute[@Name='{SamlNamen.LegalSubjectId}']//saml:NameID");
        var platteTekst = $"<saml:NameID NameQualifier=\"{SamlNamen.EntityConcernedKvKnr}\">{ResponseBouwer.KvkNummer}</saml:NameID>";
        var versleuteld = SamlVersleutelaar.Versleutel(platteTekst, response, "EncryptedID", TestSleutels.Dienstverlener, SamlOmgeving.DvEntityId, SamlNamen.Aes256Gcm);
        nameId.ParentNode!.ReplaceChild(versleuteld, nameId);

        Assert.Equal(ResponseBouwer.KvkNummer, _omgeving.VerwerkPost(response.MetOndertekendeAssertion()).LegalSubject.Waarde);
    }
}
