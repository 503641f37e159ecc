namespace Keten.Storage.Sql;

/// <summary>
/// References that rio_object's own columns already hold, so no verwijzing row is stored for them: an aangeboden
/// opleiding's reference to its own onderwijsaanbieder (onderwijsaanbiedercode) and to its onderwijslocatie
/// (onderwijslocatiecode). Every offering has the first and most the second, and each verwijzing row costs two index
/// entries with random keys (measured: 5 of the 17.6 WAL pages a delivery wrote, bench/wal-frames-per-levering.py).
/// Readers of referrers add them back from the columns (<see cref="RioObjectLezer.VerwijzersAsync"/>,
/// <see cref="SqlKetenStore"/>'s leerroute filter). Handlers still list them: PostgreSQL's key locks are taken for
/// every reference a change makes, stored as a row or not.
/// </summary>
internal static class ImplicieteVerwijzingen
{
    public const string Soort = nameof(RioObjectSoort.AangebodenOpleiding);

    /// <summary>The references of a change that need a verwijzing row: all but those its columns hold.</summary>
    public static IReadOnlyList<Verwijzing> TeBewaren(Wijziging wijziging) =>
        [.. wijziging.Verwijzingen.Distinct().Where(v => !IsImpliciet(wijziging, v))];

    private static bool IsImpliciet(Wijziging wijziging, Verwijzing verwijzing) =>
        wijziging.Soort == RioObjectSoort.AangebodenOpleiding && verwijzing.NaarSoort switch
        {
            RioObjectSoort.Onderwijsaanbieder => verwijzing.NaarSleutel == wijziging.Onderwijsaanbiedercode,
            RioObjectSoort.Onderwijslocatie => verwijzing.NaarSleutel == wijziging.Zoekvelden?.Onderwijslocatiecode,
            _ => false,
        };

    /// <summary>
    /// The live objects that refer to (@soort, @sleutel) through a column, as a select of <see cref="RioObjectKolommen.Lijst"/>
    /// to UNION ALL with those that refer through a verwijzing row.
    /// </summary>
    public static string VerwijzersSql(string kolommen) =>
        $"SELECT {kolommen} FROM rio_object o WHERE o.soort = '{Soort}' AND @soort = 'Onderwijsaanbieder' "
        + "AND o.onderwijsaanbiedercode = @sleutel AND NOT o.verwijderd "
        + $"UNION ALL SELECT {kolommen} FROM rio_object o WHERE o.soort = '{Soort}' AND @soort = 'Onderwijslocatie' "
        + "AND o.onderwijslocatiecode = @sleutel AND NOT o.verwijderd";
}
