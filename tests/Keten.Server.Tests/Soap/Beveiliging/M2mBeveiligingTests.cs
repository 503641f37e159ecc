using System.Xml;
using Keten.Server.Tests.Infrastructure;
using Keten.Toegang.WsSecurity;

namespace Keten.Server.Tests.Soap.Beveiliging;

/// <summary>
/// M2M security of the SOAP door over a real TLS connection (docs/toegang.md, "M2M: certificates and
/// WS-Security"): a signed call over mutual TLS with a trusted organisation certificate is accepted and answered
/// signed; every other caller is refused with its own fault (PvE §6.5 EK0030, EK0031) and reaches no handler.
/// </summary>
public abstract class M2mBeveiligingTests(StoreKind kind, PostgresServer? postgres, M2mCertificaten certificaten)
    : DatabaseTest(kind, postgres)
{
    private M2mTestServer? server;

    protected M2mTestServer Server => server!;

    protected M2mCertificaten Certificaten => certificaten;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        server = new M2mTestServer(certificaten, ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Signed_call_over_mutual_tls_is_accepted_and_answered_signed_with_the_signature_confirmed()
    {
        using var client = Server.Client(Certificaten.School);
        var verzoek = M2mBerichten.Onderteken(M2mBerichten.Envelope(), Certificaten.School);

        var tekst = await M2mBerichten.PostRuwAsync(client, verzoek.OuterXml);

        var antwoord = M2mBerichten.Laad(tekst);
        var namen = M2mBerichten.Namen(antwoord);
        Assert.Equal("true", antwoord.SelectSingleNode("//rio:requestGoedgekeurd", namen)?.InnerText);
        var resultaat = WsSecurityControle.Verifieer(antwoord, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        Assert.Equal(Certificaten.Keten.RawData, resultaat.Certificaat.RawData);
        var verzoekHandtekening = verzoek.SelectSingleNode("//ds:Signature/ds:SignatureValue", M2mBerichten.Namen(verzoek))!.InnerText;
        Assert.Equal(verzoekHandtekening,
            ((XmlElement)antwoord.SelectSingleNode("//wsse11:SignatureConfirmation", namen)!).GetAttribute("Value"));
    }

    [Fact]
    public async Task Call_without_client_certificate_is_refused_with_EK0030()
    {
        using var client = Server.Client(null);

        var antwoord = await M2mBerichten.PostAsync(client, M2mBerichten.Onderteken(M2mBerichten.Envelope(), Certificaten.School).OuterXml);

        AssertFout(antwoord, "Client.EK0030", "geen clientcertificaat");
    }

    [Fact]
    public async Task Certificate_from_an_untrusted_ca_is_refused_with_EK0030()
    {
        using var client = Server.Client(Certificaten.Onvertrouwd);

        var antwoord = await M2mBerichten.PostAsync(client, M2mBerichten.Onderteken(M2mBerichten.Envelope(), Certificaten.Onvertrouwd).OuterXml);

        AssertFout(antwoord, "Client.EK0030", "vertrouwde CA");
    }

    [Fact]
    public async Task Expired_certificate_is_refused_with_EK0030()
    {
        using var client = Server.Client(Certificaten.Verlopen);

        var antwoord = await M2mBerichten.PostAsync(client, M2mBerichten.Onderteken(M2mBerichten.Envelope(), Certificaten.Verlopen).OuterXml);

        AssertFout(antwoord, "Client.EK0030", "verlopen");
    }

    [Fact]
    public async Task Wsa_from_naming_another_oin_than_the_certificate_is_refused_with_EK0030()
    {
        using var client = Server.Client(Certificaten.School);
        var envelope = M2mBerichten.Envelope(fromOin: "0000000700099ZZ00000");

        var antwoord = await M2mBerichten.PostAsync(client, M2mBerichten.Onderteken(envelope, Certificaten.School).OuterXml);

        AssertFout(antwoord, "Client.EK0030", "wsa:From");
    }

    [Fact]
    public async Task Unsigned_message_is_refused_with_EK0031()
    {
        using var client = Server.Client(Certificaten.School);

        var antwoord = await M2mBerichten.PostAsync(client, M2mBerichten.Envelope().ToString(System.Xml.Linq.SaveOptions.DisableFormatting));

        AssertFout(antwoord, "Client.EK0031", "ds:Signature");
    }

    [Fact]
    public async Task Tampered_body_is_refused_with_EK0031()
    {
        using var client = Server.Client(Certificaten.School);
        var verzoek = M2mBerichten.Onderteken(M2mBerichten.Envelope(), Certificaten.School);
        verzoek.SelectSingleNode("//rio:aangebodenOpleidingCode", M2mBerichten.Namen(verzoek))!.InnerText = Guid.NewGuid().ToString();

        var antwoord = await M2mBerichten.PostAsync(client, verzoek.OuterXml);

        AssertFout(antwoord, "Client.EK0031", "klopt niet");
    }

    [Fact]
    public async Task Wrapped_signature_with_the_signed_body_moved_into_the_header_is_refused_with_EK0031()
    {
        using var client = Server.Client(Certificaten.School);
        var verzoek = M2mBerichten.Onderteken(M2mBerichten.Envelope(), Certificaten.School);
        var namen = M2mBerichten.Namen(verzoek);
        var body = (XmlElement)verzoek.SelectSingleNode("/soapenv:Envelope/soapenv:Body", namen)!;
        var vervalst = (XmlElement)body.CloneNode(deep: true);
        vervalst.RemoveAttribute("Id", WsSecurityNamen.Wsu);
        vervalst.SelectSingleNode(".//rio:aangebodenOpleidingCode", namen)!.InnerText = Guid.NewGuid().ToString();
        var wikkel = verzoek.CreateElement("x", "Wikkel", "urn:aanvaller");
        verzoek.SelectSingleNode("/soapenv:Envelope/soapenv:Header", namen)!.AppendChild(wikkel);
        wikkel.AppendChild(body.ParentNode!.RemoveChild(body));
        verzoek.DocumentElement!.AppendChild(vervalst);

        var antwoord = await M2mBerichten.PostAsync(client, verzoek.OuterXml);

        AssertFout(antwoord, "Client.EK0031", "soap:Body");
    }

    [Fact]
    public async Task Stale_timestamp_is_refused_with_EK0031()
    {
        using var client = Server.Client(Certificaten.School);
        var verzoek = M2mBerichten.Onderteken(M2mBerichten.Envelope(), Certificaten.School, DateTimeOffset.UtcNow.AddHours(-1));

        var antwoord = await M2mBerichten.PostAsync(client, verzoek.OuterXml);

        AssertFout(antwoord, "Client.EK0031", "wsu:Timestamp is verlopen");
    }

    [Fact]
    public async Task Replayed_message_is_refused_with_EK0031_the_second_time()
    {
        using var client = Server.Client(Certificaten.School);
        var verzoek = M2mBerichten.Onderteken(M2mBerichten.Envelope(), Certificaten.School).OuterXml;

        var eerste = await M2mBerichten.PostAsync(client, verzoek);
        var tweede = await M2mBerichten.PostAsync(client, verzoek);

        Assert.False(eerste.IsFault, eerste.FaultString);
        AssertFout(tweede, "Client.EK0031", "replay");
    }

    [Fact]
    public async Task Message_signed_with_another_certificate_than_the_tls_one_is_refused_with_EK0031()
    {
        using var client = Server.Client(Certificaten.School);

        var antwoord = await M2mBerichten.PostAsync(client, M2mBerichten.Onderteken(M2mBerichten.Envelope(), Certificaten.Onvertrouwd).OuterXml);

        AssertFout(antwoord, "Client.EK0031", "wsse:BinarySecurityToken");
    }

    private static void AssertFout(SoapAntwoord antwoord, string code, string bevat)
    {
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, antwoord.Status);
        Assert.Equal(code, antwoord.FaultCode);
        Assert.Contains(bevat, antwoord.FaultString, StringComparison.Ordinal);
    }
}

public sealed class M2mBeveiligingTestsOnSqlite(M2mCertificaten certificaten)
    : M2mBeveiligingTests(StoreKind.Sqlite, null, certificaten), IClassFixture<M2mCertificaten>;

[Collection(PostgresCollection.Name)]
public sealed class M2mBeveiligingTestsOnPostgres(PostgresServer postgres, M2mCertificaten certificaten)
    : M2mBeveiligingTests(StoreKind.Postgres, postgres, certificaten), IClassFixture<M2mCertificaten>;
