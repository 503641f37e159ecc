using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;

namespace Keten.Storage.Bekostiging;

/// <summary>A run to start: sector, funding year, the moment the register is read as known at, V or D, and whose instellingen.</summary>
/// <param name="Onderwijsbestuurcode">The board of a preliminary run; null for a run over every instelling.</param>
/// <param name="Brins">The instellingen covered; null: every instelling.</param>
public sealed record NieuweBekostigingsrun(Sector Sector, int Bekostigingsjaar, DateTimeOffset BekendOp, Statusbepaling Status,
    string? Onderwijsbestuurcode, IReadOnlyList<string>? Brins);

/// <summary>A stored run; <see cref="GereedOp"/> null while its lines are being written.</summary>
public sealed record Bekostigingsrun(
    long RunId,
    Sector Sector,
    int Bekostigingsjaar,
    DateTimeOffset BekendOp,
    Statusbepaling Status,
    string? Onderwijsbestuurcode,
    IReadOnlyList<string>? Brins,
    string Deur,
    string GestartDoor,
    DateTimeOffset GestartOp,
    DateTimeOffset? GereedOp,
    int? AantalStudenten,
    int? AantalRegels)
{
    /// <summary>Whether the run covers the instelling.</summary>
    public bool Omvat(string brin) => Brins is null || Brins.Contains(brin, StringComparer.Ordinal);
}
