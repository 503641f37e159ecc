using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Keten.Application.Rio;
using Keten.Contract.Rio.Xml;
using Keten.Domain.Rio;
using Keten.Server.Http;
using Keten.Server.Tests.Rio.Xml;

namespace Keten.Server.Tests.Soap;

/// <summary>
/// The default size limits against the largest realistic RIO message: an aanleveren_aangebodenOpleiding with the
/// XSD's maximum of 999 cohorten, every optional cohort field filled. Set KETEN_GROOTSTE_BERICHT to a file path to
/// write its SOAP envelope there (docs/benchmarks.md uses it).
/// </summary>
public sealed class GrootsteBerichtTests
{
    public const int MaxCohorten = 999;

    [Fact]
    public void Largest_aangeboden_opleiding_the_XSD_allows_fits_four_times_in_the_default_SOAP_limit()
    {
        var envelope = Envelope(GrootsteOpleiding());
        var bytes = Encoding.UTF8.GetBytes(envelope.Declaration + envelope.ToString(SaveOptions.DisableFormatting));
        if (Environment.GetEnvironmentVariable("KETEN_GROOTSTE_BERICHT") is { Length: > 0 } pad)
        {
            File.WriteAllBytes(pad, bytes);
        }

        ContractValidatie.AssertValid(envelope.Root!.Element(SoapEnvelopes.Soap + "Body")!.Elements().Single());
        Assert.True(bytes.Length * 4 < KetenHttpOptions.StandaardMaxSoapBericht, $"{bytes.Length} bytes");
    }

    [Fact]
    public void Largest_aangeboden_opleiding_as_JSON_fits_four_times_in_the_default_REST_limit()
    {
        var json = Encoding.UTF8.GetByteCount(RioJson.Serialize(GrootsteOpleiding()));

        Assert.True(json * 4 < KetenHttpOptions.StandaardMaxRestBericht, $"{json} bytes");
    }

    public static AangebodenOpleiding GrootsteOpleiding()
    {
        var voorbeeld = RioVoorbeelden.MboOpleiding();
        var cohort = voorbeeld.Cohorten[0];
        return voorbeeld with
        {
            Cohorten = [.. Enumerable.Range(0, MaxCohorten).Select(i => cohort with { Cohortcode = "C" + i.ToString("D4", CultureInfo.InvariantCulture) })],
        };
    }

    private static XDocument Envelope(AangebodenOpleiding opleiding) =>
        SoapEnvelopes.Envelope(SoapEnvelopes.Beheren, "aanleveren_aangebodenOpleiding",
            SoapEnvelopes.Verzoek(SoapEnvelopes.Beheren, "aanleveren_aangebodenOpleiding", "ROC",
                BeherenXmlWriter.AanleverenAangebodenOpleiding(opleiding)));
}
