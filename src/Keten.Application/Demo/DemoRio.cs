using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;

namespace Keten.Application.Demo;

/// <summary>The demo RIO content file: what the demo boards register (DemoData/rio-demo.json).</summary>
public sealed record DemoRio(
    IReadOnlyList<Onderwijsaanbieder> Onderwijsaanbieders,
    IReadOnlyList<Onderwijslocatiegebruik> Onderwijslocatiegebruiken,
    IReadOnlyList<AangebodenOpleiding> AangebodenOpleidingen)
{
    /// <summary>
    /// A stable bedrijfsdocument id per demo object, so that seeding at every start is a repeat that
    /// returns the original answer and changes nothing.
    /// </summary>
    public static string BedrijfsdocumentId(string soort, string sleutel) =>
        AfgeleidBedrijfsdocumentId.Van($"keten-demo|{soort}|{sleutel}");
}
