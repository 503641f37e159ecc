using System.Data.Common;
using System.Globalization;
using System.Text;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Reading objects, their history and who refers to them.</summary>
public abstract partial class SqlKetenStore
{
    public async Task<RioObject?> GetAsync(RioObjectSoort soort, string sleutel, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await RioObjectLezer.GetAsync(connection, null, dialect, soort, sleutel, ct);
    }

    /// <summary>The live objects among the keys (unknown keys and tombstones left out), ordered by sleutel.</summary>
    public async Task<IReadOnlyList<RioObject>> GetManyAsync(RioObjectSoort soort, IReadOnlyCollection<string> sleutels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sleutels);
        if (sleutels.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(ct);
        return await RioObjectLezer.GetManyAsync(connection, null, dialect, soort, sleutels, ct);
    }

    /// <summary>
    /// Always ordered by sleutel (byte order), also with GewijzigdNa, which keeps only rows registered strictly
    /// after that moment. Count and page come from one snapshot.
    /// </summary>
    public async Task<Pagina<RioObject>> ListAsync(RioObjectSoort soort, RioFilter filter, int pagina, int paginagrootte, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(pagina);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(paginagrootte);

        var where = new StringBuilder("soort = @soort");
        if (filter.Onderwijsbestuurcode is not null)
        {
            where.Append(" AND onderwijsbestuurcode = @bestuur");
        }

        if (filter.Onderwijsaanbiedercode is not null)
        {
            where.Append(" AND onderwijsaanbiedercode = @aanbieder");
        }

        if (filter.GewijzigdNa is not null)
        {
            where.Append(" AND geregistreerd_op > @na");
        }

        if (!filter.InclusiefVerwijderd)
        {
            where.Append(" AND NOT verwijderd");
        }

        AppendZoekfilter(where, filter);

        return await SnapshotPaginaAsync(
            $"SELECT COUNT(*) FROM rio_object WHERE {where}",
            $"SELECT {RioObjectKolommen.Lijst()} FROM rio_object WHERE {where} ORDER BY sleutel LIMIT @limit OFFSET @offset",
            command => AddFilter(command, soort, filter), pagina, paginagrootte, RioObjectKolommen.Lees, ct);
    }

    /// <summary>The total count and one 0-based page, both from one snapshot; bind adds the filter's parameters to each.</summary>
    private async Task<Pagina<T>> SnapshotPaginaAsync<T>(
        string countSql, string pageSql, Action<DbCommand> bind, int pagina, int paginagrootte, Func<DbDataReader, SqlDialect, T> lees, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);

        await using var count = connection.Sql(transaction, countSql);
        bind(count);
        var aantal = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

        await using var page = connection.Sql(transaction, pageSql)
            .With("@limit", (long)paginagrootte)
            .With("@offset", (long)pagina * paginagrootte);
        bind(page);
        var items = await RioObjectKolommen.LeesAllesAsync(page, dialect, lees, ct);

        await transaction.CommitAsync(ct);
        return new Pagina<T>(items, aantal);
    }

    /// <summary>Live objects whose latest state refers to the given one, ordered by soort name, then sleutel.</summary>
    public async Task<IReadOnlyList<RioObject>> VerwijzersAsync(RioObjectSoort naarSoort, string naarSleutel, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await RioObjectLezer.VerwijzersAsync(connection, null, dialect, naarSoort, naarSleutel, ct);
    }

    public async Task<IReadOnlyList<RioObject>> HistorieAsync(RioObjectSoort soort, string sleutel, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null,
            "SELECT soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, nieuw, geregistreerd_op "
            + "FROM rio_object_historie WHERE soort = @soort AND sleutel = @sleutel ORDER BY id")
            .With("@soort", soort.ToString())
            .With("@sleutel", sleutel);
        return await RioObjectKolommen.LeesAllesAsync(command, dialect, RioObjectKolommen.LeesHistorie, ct);
    }

    public async Task<string?> FindAntwoordAsync(string identificatiecodeBedrijfsdocument, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null, "SELECT antwoord_json FROM bedrijfsdocument WHERE id = @id")
            .With("@id", identificatiecodeBedrijfsdocument);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private void AddFilter(DbCommand command, RioObjectSoort soort, RioFilter filter)
    {
        command.With("@soort", soort.ToString());
        if (filter.Onderwijsbestuurcode is not null)
        {
            command.With("@bestuur", filter.Onderwijsbestuurcode);
        }

        if (filter.Onderwijsaanbiedercode is not null)
        {
            command.With("@aanbieder", filter.Onderwijsaanbiedercode);
        }

        if (filter.GewijzigdNa is { } na)
        {
            command.WithValue("@na", dialect.Tijd(na));
        }

        AddZoekfilter(command, filter);
    }
}
