using Keten.Application.Generator;
using Keten.Contract.Rio.Xml;

namespace Keten.Bench.Last;

/// <summary>
/// aanleveren_aangebodenOpleiding messages that each register a new offering: fresh bedrijfsdocument id and fresh
/// aangebodenOpleidingCode in every send, of aanbieders spread over all boards of the national data set, each sent
/// with its own board's OIN. The offerings are those the data set would generate after its own, so they pass every rule.
/// </summary>
internal static class Aanleveren
{
    public const int Sjablonen = 2000;

    public static Func<long, Envelop> Berichten(LandelijkeDataset dataset)
    {
        var oinVan = dataset.Aanbieders.ToDictionary(a => a.Code, a => a.Oin);
        var sjablonen = Enumerable.Range(dataset.Opties.Opleidingen, Sjablonen)
            .Select(i => dataset.Opleiding(i) with { AangebodenOpleidingCode = Guid.Parse(Envelop.ObjectId) })
            .Select(ao => new Envelop("beheren4.0", "aanleveren_aangebodenOpleiding", oinVan[ao.Onderwijsaanbiedercode], BeherenXmlWriter.AanleverenAangebodenOpleiding(ao)))
            .ToArray();
        return nummer => sjablonen[nummer % sjablonen.Length];
    }

    /// <summary>Null when Keten accepted the message; otherwise why not.</summary>
    public static string? Goedgekeurd(string antwoord) =>
        antwoord.Contains("requestGoedgekeurd>true<", StringComparison.Ordinal) ? null : "niet goedgekeurd: " + Belasting.Kort(antwoord);
}
