using Keten.Application.Rio;
using Keten.Storage.Referentie;

namespace Keten.Ontwikkelmakelaar;

/// <summary>A person the page offers; <see cref="Sleutel"/> feeds the pseudonym and never leaves the broker.</summary>
internal sealed record Testmedewerker(string Sleutel, string Naam, string? Onderwijsbestuurcode);

/// <summary>A board the person may act for, with the KvK number that becomes the LegalSubjectID.</summary>
internal sealed record Testbestuur(string Code, string Naam, string KvkNummer, bool KvkAfgeleid);

/// <summary>
/// What the page offers: the reference data's medewerkers and onderwijsbesturen (when the host has them), plus two
/// synthetic employees and, without reference data, one synthetic board.
/// </summary>
internal sealed class Testidentiteiten(ReferentiedataBron? referentie)
{
    private static readonly Testmedewerker[] SynthetischeMedewerkers =
    [
        new("synthetisch|Testmedewerker Een", "Testmedewerker Een (synthetisch)", null),
        new("synthetisch|Testmedewerker Twee", "Testmedewerker Twee (synthetisch)", null),
    ];

    private static readonly Testbestuur SynthetischBestuur = new("999B999", "Testbestuur (synthetisch)", "99999999", KvkAfgeleid: true);

    public IReadOnlyList<Testmedewerker> Medewerkers() =>
    [
        .. (referentie?.Huidig.Medewerkers ?? []).Select(m => new Testmedewerker(ReferentiedataSleutels.Van(m), m.Naam, m.Onderwijsbestuurcode)),
        .. SynthetischeMedewerkers,
    ];

    public IReadOnlyList<Testbestuur> Besturen()
    {
        var besturen = (referentie?.Huidig.Onderwijsbesturen ?? [])
            .Select(b => new Testbestuur(b.Code, b.Naam, b.KvkNummer ?? AfgeleidKvkNummer(b.Code), b.KvkNummer is null))
            .ToList();
        return besturen.Count > 0 ? besturen : [SynthetischBestuur];
    }

    /// <summary>A board without a KvK number gets "99" followed by its code's six digits (100B001 → 99100001): synthetic, stable.</summary>
    public static string AfgeleidKvkNummer(string bestuurcode) => "99" + bestuurcode.Replace("B", "", StringComparison.Ordinal);
}
