namespace Keten.Storage.Sql;

/// <summary>
/// The SQL of a change feed (docs/decisions/0005): per key its first history row matching the filter, numbered in commit
/// order, so a feed's entries keep their places; and the count of those keys, for the same filter.
/// </summary>
internal static class EersteWijziging
{
    /// <summary>A CTE "eerste" over history table <paramref name="historie"/> (alias h): sleutel, positie, rang (1 = the key's first row), plus <paramref name="extra"/> columns.</summary>
    public static string Cte(SqlDialect dialect, string historie, string waar, string extra = "")
    {
        var volgorde = dialect.Commitvolgorde("h");
        return $"WITH eerste AS (SELECT h.sleutel{extra}, ROW_NUMBER() OVER (ORDER BY {volgorde}) AS positie, "
            + $"ROW_NUMBER() OVER (PARTITION BY h.sleutel ORDER BY {volgorde}) AS rang FROM {historie} h WHERE {waar}) ";
    }

    public static string Telling(string historie, string waar) => $"SELECT COUNT(DISTINCT h.sleutel) FROM {historie} h WHERE {waar}";

    /// <summary>The page of the CTE's first rows, in their order.</summary>
    public const string Pagina = "WHERE e.rang = 1 ORDER BY e.positie LIMIT @limit OFFSET @offset";
}
