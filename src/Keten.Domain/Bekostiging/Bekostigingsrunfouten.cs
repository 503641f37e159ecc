using System.Globalization;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Bekostiging;

/// <summary>Why a funding run is refused (prefix BKR): Keten's codes, listed in docs/rod-codes.md.</summary>
public static class Bekostigingsrunfouten
{
    public static Foutmelding BKR001() => Foutmelding.Van("BKR001", "Alleen een DUO-operator start een definitieve bekostigingsrun", ("status", "D"));

    public static Foutmelding BKR002(long voor, long na) => Foutmelding.Van("BKR002",
        "De twee bekostigingsruns hebben niet dezelfde sector en hetzelfde bekostigingsjaar", ("voor", N(voor)), ("na", N(na)));

    public static Foutmelding BKR003(DateTimeOffset bekendOp) => Foutmelding.Van("BKR003",
        "Bekend op ligt in de toekomst: een run over later geleverde gegevens is niet te herhalen", ("bekendOp", bekendOp.ToString("O", CultureInfo.InvariantCulture)));

    public static IReadOnlyList<string> Alle { get; } = ["BKR001", "BKR002", "BKR003"];

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
