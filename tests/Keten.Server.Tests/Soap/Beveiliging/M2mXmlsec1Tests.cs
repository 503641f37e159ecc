using System.Globalization;
using System.Xml.Linq;
using Keten.Server.Tests.Infrastructure;
using Keten.Toegang.WsSecurity;

namespace Keten.Server.Tests.Soap.Beveiliging;

/// <summary>
/// Cross-check with an independent WS-Security implementation, xmlsec1 (Debian package xmlsec1; toegang.md §6):
/// a request xmlsec1 signed the Edukoppeling way is accepted by Keten, and Keten's signed answer verifies in xmlsec1.
/// </summary>
public sealed class M2mXmlsec1Tests : IClassFixture<M2mCertificaten>, IAsyncLifetime
{
    private static readonly XNamespace Soap = SoapEnvelopes.Soap;
    private static readonly XNamespace Wsa = SoapEnvelopes.Wsa;
    private static readonly XNamespace Wsse = WsSecurityNamen.Wsse;
    private static readonly XNamespace Wsu = WsSecurityNamen.Wsu;
    private static readonly XNamespace Ds = WsSecurityNamen.XmlDsig;

    private readonly M2mCertificaten certificaten;
    private readonly TestDatabase database = KetenConnectionStrings.Sqlite();
    private M2mTestServer? server;

    public M2mXmlsec1Tests(M2mCertificaten certificaten) => this.certificaten = certificaten;

    public Task InitializeAsync()
    {
        server = new M2mTestServer(certificaten, database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await server!.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Request_signed_by_xmlsec1_is_accepted_and_the_signed_answer_verifies_in_xmlsec1()
    {
        var (sleutel, certificaat) = certificaten.AlsPem(certificaten.School, "school");
        // Indented, as many stacks send it: the whitespace is signed and must survive the intake and the XSD check.
        var sjabloon = certificaten.Schrijf("verzoek-sjabloon.xml", Sjabloon().ToString(SaveOptions.None));
        var ondertekend = Path.Combine(certificaten.Map, "verzoek.xml");
        await ProcessRunner.RunAsync("xmlsec1", [
            "--sign", "--privkey-pem", $"{sleutel},{certificaat}", .. IdAttributen(), "--output", ondertekend, sjabloon]);
        using var client = server!.Client(certificaten.School);

        var antwoord = await M2mBerichten.PostRuwAsync(client, await File.ReadAllTextAsync(ondertekend));

        Assert.Contains("requestGoedgekeurd>true<", antwoord, StringComparison.Ordinal);
        var antwoordBestand = certificaten.Schrijf("antwoord.xml", antwoord);
        await ProcessRunner.RunAsync("xmlsec1", [
            "--verify", "--pubkey-cert-pem", certificaten.KetenCertificaatPem, "--enabled-reference-uris", "same-doc",
            .. IdAttributen(), antwoordBestand]);
    }

    [Fact]
    public async Task Answer_with_a_changed_body_fails_in_xmlsec1()
    {
        using var client = server!.Client(certificaten.School);
        var verzoek = M2mBerichten.Onderteken(M2mBerichten.Envelope(), certificaten.School);
        var antwoord = await M2mBerichten.PostRuwAsync(client, verzoek.OuterXml);
        var antwoordBestand = certificaten.Schrijf("veranderd.xml", antwoord.Replace(">true<", ">false<", StringComparison.Ordinal));

        await Assert.ThrowsAnyAsync<Exception>(() => ProcessRunner.RunAsync("xmlsec1", [
            "--verify", "--pubkey-cert-pem", certificaten.KetenCertificaatPem, "--enabled-reference-uris", "same-doc",
            .. IdAttributen(), antwoordBestand]));
    }

    /// <summary>xmlsec1 needs to be told which attribute is the id of each signed element type (toegang.md §6).</summary>
    private static IEnumerable<string> IdAttributen() =>
        new[]
        {
            (WsSecurityNamen.Soap11, "Body"), (WsSecurityNamen.Wsu, "Timestamp"), (WsSecurityNamen.Wsse, "BinarySecurityToken"),
            (WsSecurityNamen.Wsse11, "SignatureConfirmation"), (WsSecurityNamen.Wsa, "To"), (WsSecurityNamen.Wsa, "From"),
            (WsSecurityNamen.Wsa, "Action"), (WsSecurityNamen.Wsa, "MessageID"), (WsSecurityNamen.Wsa, "RelatesTo"),
        }.SelectMany(e => new[] { "--id-attr:Id", $"{e.Item1}:{e.Item2}" });

    /// <summary>
    /// A request as a vendor's stack (e.g. SURFnet's eduhub-rio-mapper) builds it before signing: ids on the parts,
    /// a BinarySecurityToken, a Timestamp, and an empty signature template with one reference per part.
    /// </summary>
    private XDocument Sjabloon()
    {
        var envelope = M2mBerichten.Envelope();
        var header = envelope.Root!.Element(Soap + "Header")!;
        var delen = new List<string>();
        foreach (var wsa in header.Elements().Where(e => e.Name.Namespace == Wsa))
        {
            wsa.SetAttributeValue(Wsu + "Id", "id-" + wsa.Name.LocalName);
            delen.Add("id-" + wsa.Name.LocalName);
        }
        envelope.Root!.Element(Soap + "Body")!.SetAttributeValue(Wsu + "Id", "id-Body");
        delen.Add("id-Body");
        delen.Add("TS-1");
        var nu = DateTimeOffset.UtcNow;
        header.AddFirst(new XElement(Wsse + "Security",
            new XAttribute(XNamespace.Xmlns + "wsse", Wsse.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wsu", Wsu.NamespaceName),
            new XElement(Wsse + "BinarySecurityToken",
                new XAttribute("EncodingType", WsSecurityNamen.Base64Binary),
                new XAttribute("ValueType", WsSecurityNamen.X509v3),
                new XAttribute(Wsu + "Id", "X509-1"),
                Convert.ToBase64String(certificaten.School.RawData)),
            new XElement(Wsu + "Timestamp", new XAttribute(Wsu + "Id", "TS-1"),
                new XElement(Wsu + "Created", Tijd(nu)),
                new XElement(Wsu + "Expires", Tijd(nu.AddMinutes(10)))),
            new XElement(Ds + "Signature",
                new XAttribute(XNamespace.Xmlns + "ds", Ds.NamespaceName),
                new XElement(Ds + "SignedInfo",
                    new XElement(Ds + "CanonicalizationMethod", new XAttribute("Algorithm", WsSecurityNamen.ExcC14n)),
                    new XElement(Ds + "SignatureMethod", new XAttribute("Algorithm", WsSecurityNamen.RsaSha256)),
                    delen.Select(id => new XElement(Ds + "Reference", new XAttribute("URI", "#" + id),
                        new XElement(Ds + "Transforms", new XElement(Ds + "Transform", new XAttribute("Algorithm", WsSecurityNamen.ExcC14n))),
                        new XElement(Ds + "DigestMethod", new XAttribute("Algorithm", WsSecurityNamen.Sha256)),
                        new XElement(Ds + "DigestValue")))),
                new XElement(Ds + "SignatureValue"),
                new XElement(Ds + "KeyInfo",
                    new XElement(Wsse + "SecurityTokenReference",
                        new XElement(Wsse + "Reference", new XAttribute("URI", "#X509-1"), new XAttribute("ValueType", WsSecurityNamen.X509v3)))))));
        return envelope;
    }

    private static string Tijd(DateTimeOffset tijd) =>
        tijd.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
