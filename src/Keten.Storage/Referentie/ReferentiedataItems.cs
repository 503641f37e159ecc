using System.Text.Json;
using Keten.Domain.Referentie;

namespace Keten.Storage.Referentie;

/// <summary>
/// Turns reference data into the (soort, sleutel, json) items the store keeps, and back. Pure: the async
/// loader around it only reads the file and calls the store.
/// </summary>
public static class ReferentiedataItems
{
    public const string Onderwijsbestuur = "onderwijsbestuur";
    public const string ErkendeInstelling = "erkendeInstelling";
    public const string Opleidingserkenning = "opleidingserkenning";
    public const string VoVakerkenning = "voVakerkenning";
    public const string Medewerker = "medewerker";
    public const string Gemeente = "gemeente";
    public const string RmcRegio = "rmcRegio";

    /// <summary>
    /// One item per board, institution, erkenning, vakerkenning, medewerker, RMC region and gemeente, in that order and in file order. A
    /// medewerker item holds no DUO token: tokens are seeded into Toegang's own tables with their secrets encrypted
    /// (docs/toegang.md), never kept here in plain text.
    /// </summary>
    public static IReadOnlyList<(string Soort, string Sleutel, string Json)> Van(Referentiedata data) =>
    [
        .. data.Onderwijsbesturen.Select(b => Item(Onderwijsbestuur, ReferentiedataSleutels.Van(b), b)),
        .. data.ErkendeInstellingen.Select(i => Item(ErkendeInstelling, ReferentiedataSleutels.Van(i), i)),
        .. data.Opleidingserkenningen.Select(e => Item(Opleidingserkenning, ReferentiedataSleutels.Van(e), e)),
        .. data.VoVakerkenningen.Select(e => Item(VoVakerkenning, ReferentiedataSleutels.Van(e), e)),
        .. data.Medewerkers.Select(m => Item(Medewerker, ReferentiedataSleutels.Van(m), m with { LegacyToken = null })),
        .. data.RmcRegios.Select(r => Item(RmcRegio, r.Code, r)),
        .. data.Gemeenten.Select(g => Item(Gemeente, g.Code, g)),
    ];

    /// <summary>
    /// The reference data held by the items, each list in the order of the items. Items of a soort this
    /// version does not know are skipped (a newer version may store more).
    /// </summary>
    public static Referentiedata Naar(IEnumerable<(string Soort, string Sleutel, string Json)> items)
    {
        var lijst = items.ToList();
        return new Referentiedata(
            Lees<Onderwijsbestuur>(lijst, Onderwijsbestuur),
            Lees<ErkendeInstelling>(lijst, ErkendeInstelling),
            Lees<Opleidingserkenning>(lijst, Opleidingserkenning),
            Lees<VoVakerkenning>(lijst, VoVakerkenning),
            Lees<Medewerker>(lijst, Medewerker))
        {
            Gemeenten = Lees<Gemeente>(lijst, Gemeente),
            RmcRegios = Lees<RmcRegio>(lijst, RmcRegio),
        };
    }

    private static (string Soort, string Sleutel, string Json) Item<T>(string soort, string sleutel, T waarde) =>
        (soort, sleutel, JsonSerializer.Serialize(waarde, ReferentiedataJson.Opties));

    private static List<T> Lees<T>(List<(string Soort, string Sleutel, string Json)> items, string soort) =>
    [
        .. items.Where(i => i.Soort == soort).Select(i =>
            JsonSerializer.Deserialize<T>(i.Json, ReferentiedataJson.Opties)
            ?? throw new InvalidDataException($"Reference item {soort} '{i.Sleutel}' holds JSON null.")),
    ];
}
