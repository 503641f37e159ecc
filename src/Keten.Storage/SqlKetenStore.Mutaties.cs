using System.Data.Common;
using System.Text;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>
/// The change feeds (docs/decisions/0005-change-feeds-by-commit-order.md). An object's place in a feed is its first
/// history row registered after the feed's moment, in commit order (<see cref="SqlDialect.Commitvolgorde"/>);
/// history is append-only, so served places never move and new entries only append at the end.
/// </summary>
public abstract partial class SqlKetenStore
{
    public async Task<Pagina<RioMutatie>> MutatiesAsync(RioObjectSoort soort, MutatieFilter filter, int pagina, int paginagrootte, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(pagina);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(paginagrootte);

        var where = new StringBuilder("h.soort = @soort AND h.geregistreerd_op > @na").Append(dialect.Zichtbaar("h"));
        if (filter.Onderwijsbestuurcode is not null)
        {
            where.Append(" AND h.onderwijsbestuurcode = @bestuur");
        }

        if (filter.Onderwijsaanbiedercode is not null)
        {
            where.Append(" AND h.onderwijsaanbiedercode = @aanbieder");
        }

        return await SnapshotPaginaAsync(
            EersteWijziging.Telling("rio_object_historie", where.ToString()),
            EersteWijziging.Cte(dialect, "rio_object_historie", where.ToString(), extra: ", h.nieuw")
            + $"SELECT {RioObjectKolommen.Lijst("o")}, e.nieuw FROM eerste e "
            + $"JOIN rio_object o ON o.soort = @soort AND o.sleutel = e.sleutel {EersteWijziging.Pagina}",
            command => AddMutatieFilter(command, soort, filter), pagina, paginagrootte, RioObjectKolommen.LeesMutatie, ct);
    }

    private void AddMutatieFilter(DbCommand command, RioObjectSoort soort, MutatieFilter filter)
    {
        command.With("@soort", soort.ToString()).WithValue("@na", dialect.Tijd(filter.Na));
        if (filter.Onderwijsbestuurcode is not null)
        {
            command.With("@bestuur", filter.Onderwijsbestuurcode);
        }

        if (filter.Onderwijsaanbiedercode is not null)
        {
            command.With("@aanbieder", filter.Onderwijsaanbiedercode);
        }
    }
}
