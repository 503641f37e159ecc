using Keten.Toegang.Saml;
using Microsoft.Extensions.Time.Testing;

namespace Keten.Toegang.Tests;

/// <summary>One test's SAML world: Keten as DV, one HM, a fixed clock, fresh stores, one outstanding request.</summary>
public sealed class SamlOmgeving
{
    public const string DvEntityId = "urn:etoegang:DV:00000001234567890000:entities:1";
    public const string HmEntityId = "urn:etoegang:HM:00000009876543210000:entities:9";
    public const string AcsUrl = "https://keten.test/SAML-endpoint/v1.0/acs";
    public const string ArsUrl = "https://hm.test/ars";
    public const string VerzoekId = "_verzoek0001";

    public FakeTimeProvider Klok { get; } = new(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));
    public InMemoryUitstaandeVerzoeken Verzoeken { get; } = new();
    public InMemoryReplayStore Replay { get; } = new();

    public SamlDienstverlener Dienstverlener { get; } = new(
        DvEntityId, [AcsUrl], TestSleutels.Dienstverlener, [TestSleutels.Dienstverlener]);

    public SamlHerkenningsmakelaar Herkenningsmakelaar { get; set; } = new(
        HmEntityId, [TestSleutels.Herkenningsmakelaar], ArsUrl, [TestSleutels.Authenticatiedienst]);

    public SamlOmgeving() => Verzoeken.Registreer(VerzoekId, Klok.GetUtcNow().AddMinutes(15));

    public SamlResponseVerwerker Verwerker() =>
        new(Dienstverlener, Herkenningsmakelaar, SamlControles.Standaard, Verzoeken, Replay, Klok);

    public SamlArtifactResolutie ArtifactResolutie() =>
        new(Dienstverlener, Herkenningsmakelaar, SamlControles.Standaard, Replay, Klok);

    public Authenticatiecontext VerwerkPost(System.Xml.XmlDocument response) => Verwerker().VerwerkPost(SamlPostBinding.Codeer(response));

    public SamlWeigering Weigering(System.Xml.XmlDocument response) =>
        Assert.Throws<SamlWeigeringException>(() => VerwerkPost(response)).Weigering;
}
