using Keten.Toegang.Saml;

namespace Keten.Toegang.Tests;

public class SamlResponseVerwerkerTests
{
    private readonly SamlOmgeving _omgeving = new();

    private ResponseBouwer Bouwer() => new(_omgeving);

    [Fact]
    public void Een_ondertekende_assertion_geeft_de_authenticatiecontext()
    {
        var context = _omgeving.VerwerkPost(Bouwer().Bouw().MetOndertekendeAssertion());

        Assert.Equal(new LegalSubject(SamlNamen.EntityConcernedKvKnr, ResponseBouwer.KvkNummer), context.LegalSubject);
        Assert.Equal(ResponseBouwer.ActingSubject, context.ActingSubjectId);
        Assert.Equal("000012345678", context.Vestigingsnr);
        Assert.Equal(ResponseBouwer.ServiceId, context.ServiceId);
        Assert.Equal(ResponseBouwer.ServiceUuid, context.ServiceUuid);
        Assert.Equal(Betrouwbaarheidsniveau.Loa3, context.Niveau);
        Assert.Equal(ResponseBouwer.AuthenticatingAuthority, context.AuthenticatingAuthority);
        Assert.Equal(SamlOmgeving.HmEntityId, context.Herkenningsmakelaar);
        Assert.Equal(new IdentiteitsSleutel(context.LegalSubject, ResponseBouwer.ActingSubject), context.Sleutel);
    }

    [Fact]
    public void Een_ondertekende_response_met_onondertekende_assertion_wordt_aanvaard()
    {
        Assert.Equal(Betrouwbaarheidsniveau.Loa3, _omgeving.VerwerkPost(Bouwer().Bouw().MetOndertekendeResponse()).Niveau);
    }

    [Fact]
    public void Zonder_handtekening_wordt_geweigerd() =>
        Assert.Equal(SamlWeigering.HandtekeningOntbreekt, _omgeving.Weigering(Bouwer().Bouw()));

    [Fact]
    public void Een_veranderde_waarde_na_ondertekening_wordt_geweigerd()
    {
        var response = Bouwer().Bouw().MetOndertekendeAssertion();
        response.Element("//saml:Attribute[@Name='urn:etoegang:core:LegalSubjectID']//saml:NameID").InnerText = "90000002";

        Assert.Equal(SamlWeigering.HandtekeningOngeldig, _omgeving.Weigering(response));
    }

    [Fact]
    public void Een_handtekening_met_een_andere_sleutel_onder_dezelfde_KeyName_wordt_geweigerd() =>
        Assert.Equal(SamlWeigering.HandtekeningOngeldig, _omgeving.Weigering(Bouwer().Bouw().MetOndertekendeAssertion(TestSleutels.Indringer)));

    [Fact]
    public void Een_handtekening_van_Keten_zelf_telt_niet_als_die_van_de_herkenningsmakelaar() =>
        Assert.Equal(SamlWeigering.HandtekeningOngeldig, _omgeving.Weigering(Bouwer().Bouw().MetOndertekendeAssertion(TestSleutels.Dienstverlener)));

    [Fact]
    public void Een_ongeldige_response_handtekening_wordt_geweigerd_ook_als_de_assertion_klopt()
    {
        var response = Bouwer().Bouw().MetOndertekendeAssertion().MetOndertekendeResponse();
        response.DocumentElement!.SetAttribute("Destination", SamlOmgeving.AcsUrl + "?x");

        Assert.Equal(SamlWeigering.HandtekeningOngeldig, _omgeving.Weigering(response));
    }

    [Fact]
    public void Verlopen_voorwaarden_worden_geweigerd()
    {
        var response = Bouwer().Bouw().MetOndertekendeAssertion();
        _omgeving.Klok.Advance(TimeSpan.FromMinutes(8));

        Assert.Equal(SamlWeigering.Verlopen, _omgeving.Weigering(response));
    }

    [Fact]
    public void Binnen_de_klokafwijking_wordt_een_net_verlopen_bericht_aanvaard()
    {
        var response = Bouwer().Bouw().MetOndertekendeAssertion();
        _omgeving.Klok.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(Betrouwbaarheidsniveau.Loa3, _omgeving.VerwerkPost(response).Niveau);
    }

    [Fact]
    public void Een_bericht_van_voor_zijn_NotBefore_wordt_geweigerd()
    {
        var bouwer = Bouwer();
        bouwer.NotBefore = TimeSpan.FromMinutes(10);

        Assert.Equal(SamlWeigering.NogNietGeldig, _omgeving.Weigering(bouwer.Bouw().MetOndertekendeAssertion()));
    }

    [Fact]
    public void Hetzelfde_bericht_tweemaal_wordt_de_tweede_keer_geweigerd()
    {
        var response = Bouwer().Bouw().MetOndertekendeAssertion();
        _omgeving.VerwerkPost(response);
        _omgeving.Verzoeken.Registreer(SamlOmgeving.VerzoekId, _omgeving.Klok.GetUtcNow().AddMinutes(5));

        Assert.Equal(SamlWeigering.BerichtAlGebruikt, _omgeving.Weigering(response));
    }

    [Fact]
    public void Een_tweede_antwoord_op_hetzelfde_verzoek_wordt_geweigerd()
    {
        _omgeving.VerwerkPost(Bouwer().Bouw().MetOndertekendeAssertion());
        var tweede = Bouwer();
        tweede.ResponseId = "_response0002";

        Assert.Equal(SamlWeigering.OnbekendVerzoek, _omgeving.Weigering(tweede.Bouw().MetOndertekendeAssertion()));
    }

    [Fact]
    public void Een_verkeerd_publiek_wordt_geweigerd()
    {
        var bouwer = Bouwer();
        bouwer.Audience = "urn:etoegang:DV:00000001111111110000:entities:1";

        Assert.Equal(SamlWeigering.VerkeerdPubliek, _omgeving.Weigering(bouwer.Bouw().MetOndertekendeAssertion()));
    }

    [Fact]
    public void Een_verkeerde_bestemming_wordt_geweigerd()
    {
        var bouwer = Bouwer();
        bouwer.Destination = "https://elders.test/acs";

        Assert.Equal(SamlWeigering.VerkeerdeBestemming, _omgeving.Weigering(bouwer.Bouw().MetOndertekendeAssertion()));
    }

    [Fact]
    public void Een_verkeerde_ontvanger_in_de_onderwerpbevestiging_wordt_geweigerd()
    {
        var bouwer = Bouwer();
        bouwer.Recipient = "https://elders.test/acs";

        Assert.Equal(SamlWeigering.VerkeerdeBestemming, _omgeving.Weigering(bouwer.Bouw().MetOndertekendeAssertion()));
    }

    [Fact]
    public void Een_antwoord_op_een_onbekend_verzoek_wordt_geweigerd()
    {
        var bouwer = Bouwer();
        bouwer.InResponseTo = "_nooitGevraagd";

        Assert.Equal(SamlWeigering.OnbekendVerzoek, _omgeving.Weigering(bouwer.Bouw().MetOndertekendeAssertion()));
    }

    [Fact]
    public void Een_andere_uitgever_wordt_geweigerd()
    {
        var bouwer = Bouwer();
        bouwer.Issuer = "urn:etoegang:HM:00000001111111110000:entities:1";

        Assert.Equal(SamlWeigering.OnbekendeUitgever, _omgeving.Weigering(bouwer.Bouw().MetOndertekendeAssertion()));
    }

    [Fact]
    public void Annuleren_door_de_gebruiker_geeft_een_eigen_weigering()
    {
        var bouwer = Bouwer();
        bouwer.Status = $"<samlp:StatusCode Value=\"{SamlNamen.StatusResponder}\"><samlp:StatusCode Value=\"{SamlNamen.StatusAuthnFailed}\"/></samlp:StatusCode>";

        Assert.Equal(SamlWeigering.InloggenGeannuleerd, _omgeving.Weigering(bouwer.Bouw().MetOndertekendeResponse()));
    }

    [Fact]
    public void Een_ander_foutstatus_geeft_inloggen_mislukt()
    {
        var bouwer = Bouwer();
        bouwer.Status = $"<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Requester\"/>";

        Assert.Equal(SamlWeigering.InloggenMislukt, _omgeving.Weigering(bouwer.Bouw().MetOndertekendeResponse()));
    }

    [Fact]
    public void Een_onbekend_betrouwbaarheidsniveau_wordt_geweigerd()
    {
        var bouwer = Bouwer();
        bouwer.Niveau = "urn:etoegang:core:assurance-class:loa1";

        Assert.Equal(SamlWeigering.BetrouwbaarheidsniveauOnbekend, _omgeving.Weigering(bouwer.Bouw().MetOndertekendeAssertion()));
    }

    [Fact]
    public void Zonder_vestigingsnummer_is_de_context_niet_beperkt()
    {
        var bouwer = Bouwer();
        bouwer.Vestigingsnr = null;

        Assert.Null(_omgeving.VerwerkPost(bouwer.Bouw().MetOndertekendeAssertion()).Vestigingsnr);
    }

    [Fact]
    public void Extensions_in_de_response_worden_geweigerd()
    {
        var response = Bouwer().Bouw();
        var extensions = response.CreateElement("samlp", "Extensions", SamlNamen.Protocol);
        response.DocumentElement!.InsertAfter(extensions, response.Element("/samlp:Response/saml:Issuer"));

        Assert.Equal(SamlWeigering.ExtensionsNietToegestaan, _omgeving.Weigering(response.MetOndertekendeAssertion()));
    }

    [Fact]
    public void Niveaus_zijn_geordend() =>
        Assert.True(Betrouwbaarheidsniveau.Loa2 < Betrouwbaarheidsniveau.Loa2Plus
            && Betrouwbaarheidsniveau.Loa2Plus < Betrouwbaarheidsniveau.Loa3
            && Betrouwbaarheidsniveau.Loa3 < Betrouwbaarheidsniveau.Loa4);

    [Fact]
    public void Een_weigering_noemt_code_Nederlandse_tekst_en_veld()
    {
        var fout = Assert.Throws<SamlWeigeringException>(() => _omgeving.VerwerkPost(Bouwer().Bouw()));

        Assert.Equal("HandtekeningOntbreekt: Handtekening ontbreekt (Assertion/Signature)", fout.Message);
    }
}
