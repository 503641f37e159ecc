using System.Globalization;
using Keten.Domain.Referentie;
using Keten.Domain.Vsv;
using Keten.Storage;

namespace Keten.Application.Vsv;

/// <summary>
/// The VSV report of a measurement (docs/vsv.md): every student enrolled on peildatum t at one of the institutions asked
/// for is read from the register as known at the moment, judged by <see cref="Vsvbepaling"/> and counted for the
/// institution responsible on peildatum t, if that is one of them. Memory holds the counts and the leavers only.
/// </summary>
public sealed class VsvRapportage(IKetenStore store)
{
    /// <param name="brins">The institutions to report on; null: all of the nation.</param>
    public async Task<Vsvrapport> MaakAsync(Vsvmeting meting, Referentiedata referentie, IReadOnlyCollection<string>? brins, DateTimeOffset? bekendOp, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(meting);
        ArgumentNullException.ThrowIfNull(referentie);
        var telling = new Vsvtelling(meting, brins);
        await foreach (var student in store.StudentenIngeschrevenOpAsync(meting.Peildatum, brins, bekendOp, ct))
        {
            if (Vsvbepaling.Bepaal(student, meting, referentie) is { } beoordeling)
            {
                telling.Tel(beoordeling);
            }
        }

        return telling.Rapport(referentie, bekendOp);
    }

    /// <summary>The institutions the reference data places in the RMC region.</summary>
    public static IReadOnlyList<string> BrinsInRegio(Referentiedata referentie, string regio)
    {
        ArgumentNullException.ThrowIfNull(referentie);
        return [.. referentie.ErkendeInstellingen.Where(i => referentie.RmcRegioVanInstelling(i.Brin)?.Code == regio).Select(i => i.Brin)];
    }

    /// <summary>Reads the peiljaar t as a door receives it: a year of four digits from 2000; otherwise why not (KTN400 on the field peiljaar).</summary>
    public static (Vsvmeting? Meting, string? Fout) LeesPeiljaar(string? peiljaar) =>
        peiljaar is { Length: 4 } && int.TryParse(peiljaar, NumberStyles.None, CultureInfo.InvariantCulture, out var jaar) && jaar >= 2000
            ? (new Vsvmeting(jaar), null)
            : (null, $"peiljaar is het jaar t van peildatum 1 oktober t (vier cijfers, vanaf 2000), niet '{peiljaar}'");
}
