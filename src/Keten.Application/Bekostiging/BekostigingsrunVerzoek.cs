using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;

namespace Keten.Application.Bekostiging;

/// <summary>
/// A run to start: sector and funding year, V or D, the moment the register is read as known at (null: now) and,
/// optionally, one instelling (a board's run covers all its instellingen otherwise; a DUO operator's every instelling).
/// </summary>
public sealed record BekostigingsrunVerzoek(Sector Sector, int Bekostigingsjaar, Statusbepaling Status, DateTimeOffset? BekendOp = null, string? Brin = null);
