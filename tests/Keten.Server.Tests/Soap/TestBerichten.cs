using System.Xml.Linq;

namespace Keten.Server.Tests.Soap;

/// <summary>Minimal valid request bodies for the operations <see cref="SoapTestServer"/> serves.</summary>
internal static class TestBerichten
{
    private static readonly XNamespace B = SoapEnvelopes.BeherenNs;
    private static readonly XNamespace R = SoapEnvelopes.RaadplegenNs;

    public static XElement VerwijderenAangebodenOpleiding(string code = "6f0ff6d5-3a77-4a6e-9d4c-0b7c1c3c2a11") =>
        SoapEnvelopes.Verzoek(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", "100B490",
            new XElement(B + "aangebodenOpleidingCode", code));

    public static XElement OpvragenOnderwijsaanbieder() =>
        SoapEnvelopes.Verzoek(SoapEnvelopes.Raadplegen, "opvragen_onderwijsaanbieder", "100B490",
            new XElement(R + "onderwijsaanbiedercode", "123A456"));

    public static XElement VerwijderenOnderwijsaanbieder() =>
        SoapEnvelopes.Verzoek(SoapEnvelopes.Beheren, "verwijderen_onderwijsaanbieder", "100B490",
            new XElement(B + "onderwijsaanbiedercode", "123A456"));

    public static XElement VerwijderenOnderwijslocatiegebruik() =>
        SoapEnvelopes.Verzoek(SoapEnvelopes.Beheren, "verwijderen_onderwijslocatiegebruik", "100B490",
            new XElement(B + "onderwijsbestuurcode", "100B490"),
            new XElement(B + "onderwijslocatiecode", "123X456"));

    public static XElement VerwijderenOpleidingsrelatie() =>
        SoapEnvelopes.Verzoek(SoapEnvelopes.Beheren, "verwijderen_opleidingsrelatie", "100B490",
            new XElement(B + "opleidingseenheidcode", "1234O5678"),
            new XElement(B + "opleidingseenheidcode", "8765O4321"),
            new XElement(B + "begindatum", "2024-08-01"));

    /// <summary>An operation Keten does not implement yet, so it has no handler.</summary>
    public static XElement OpvragenInstellingsstructuur() =>
        SoapEnvelopes.Verzoek(SoapEnvelopes.Raadplegen, "opvragen_instellingsstructuur", "100B490",
            new XElement(R + "bevoegdGezagNummer", "12345"));

    /// <summary>A good envelope for verwijderen_aangebodenOpleiding (beheren4.0).</summary>
    public static XDocument GoedBeherenEnvelope() =>
        SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "verwijderen_aangebodenOpleiding", VerwijderenAangebodenOpleiding());
}
