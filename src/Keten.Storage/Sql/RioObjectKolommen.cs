using System.Data.Common;

namespace Keten.Storage.Sql;

/// <summary>The select list of rio_object and how a row of it becomes a <see cref="RioObject"/>.</summary>
internal static class RioObjectKolommen
{
    public static string Lijst(string alias = "")
    {
        var p = alias.Length == 0 ? "" : alias + ".";
        return $"{p}soort, {p}sleutel, {p}onderwijsbestuurcode, {p}onderwijsaanbiedercode, {p}state_json, "
            + $"{p}verwijderd, {p}geregistreerd_op, {p}eerst_geregistreerd_op";
    }

    public static RioObject Lees(DbDataReader reader, SqlDialect dialect)
    {
        var verwijderd = reader.GetBoolean(5);
        var geregistreerdOp = dialect.LeesTijd(reader, 6);
        var eerstGeregistreerdOp = dialect.LeesTijd(reader, 7);
        return new RioObject(
            Enum.Parse<RioObjectSoort>(reader.GetString(0)),
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            geregistreerdOp,
            verwijderd,
            Nieuw: !verwijderd && eerstGeregistreerdOp == geregistreerdOp);
    }

    /// <summary>A history row: soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, nieuw, geregistreerd_op.</summary>
    public static RioObject LeesHistorie(DbDataReader reader, SqlDialect dialect)
    {
        var stateJson = reader.IsDBNull(4) ? null : reader.GetString(4);
        return new RioObject(
            Enum.Parse<RioObjectSoort>(reader.GetString(0)),
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            stateJson,
            dialect.LeesTijd(reader, 6),
            Verwijderd: stateJson is null,
            Nieuw: reader.GetBoolean(5));
    }

    /// <summary>A change feed row: the select list, then the first-after-the-moment history row's nieuw.</summary>
    public static RioMutatie LeesMutatie(DbDataReader reader, SqlDialect dialect) =>
        new(Lees(reader, dialect), BestondOpPeilmoment: !reader.GetBoolean(8));

    /// <param name="overslaan">Result sets before the one to read (a lock statement put before the read).</param>
    public static async Task<IReadOnlyList<T>> LeesAllesAsync<T>(
        DbCommand command, SqlDialect dialect, Func<DbDataReader, SqlDialect, T> lees, CancellationToken ct, int overslaan = 0)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        for (var i = 0; i < overslaan; i++)
        {
            await reader.NextResultAsync(ct);
        }

        var result = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            result.Add(lees(reader, dialect));
        }

        return result;
    }
}
