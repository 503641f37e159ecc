using System.Globalization;
using Keten.Storage.Rod;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>The chain-signal feed of a school: every signal about one of its instellingen that changed after a moment.</summary>
public abstract partial class SqlKetenStore
{
    /// <summary>
    /// One entry per chain signal with a VO or MBO side at one of <paramref name="brins"/> and a change registered after
    /// <paramref name="na"/>, placed by its first such change in commit order (as RIO's change feeds, docs/decisions/0005),
    /// so a page never changes once served; each entry shows the signal as it stands now (open or withdrawn).
    /// </summary>
    public async Task<Pagina<KetensignaalMutatie>> KetensignaalMutatiesAsync(
        IReadOnlyCollection<string> brins, DateTimeOffset na, int pagina, int paginagrootte, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(brins);
        ArgumentOutOfRangeException.ThrowIfNegative(pagina);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(paginagrootte);
        if (brins.Count == 0)
        {
            return new Pagina<KetensignaalMutatie>([], 0);
        }

        var lijst = string.Join(", ", brins.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@b{i}")));
        var where = $"h.geregistreerd_op > @na AND (h.vo_brin IN ({lijst}) OR h.mbo_brin IN ({lijst})){dialect.Zichtbaar("h")}";
        return await SnapshotPaginaAsync(
            EersteWijziging.Telling("rod_ketensignaal_historie", where),
            EersteWijziging.Cte(dialect, "rod_ketensignaal_historie", where)
            + $"SELECT {RodKolommen.Ketensignaal}, k.open, k.gewijzigd_op FROM eerste e JOIN rod_ketensignaal k ON k.sleutel = e.sleutel {EersteWijziging.Pagina}",
            command =>
            {
                command.WithValue("@na", dialect.Tijd(na));
                foreach (var (brin, i) in brins.Select((b, i) => (b, i)))
                {
                    command.With(string.Create(CultureInfo.InvariantCulture, $"@b{i}"), brin);
                }
            },
            pagina, paginagrootte,
            (reader, d) => new KetensignaalMutatie(RodKolommen.LeesKetensignaal(reader), reader.GetBoolean(9), d.LeesTijd(reader, 10)), ct);
    }
}
