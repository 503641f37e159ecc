using Keten.Domain.Rod;

namespace Keten.Storage.Rod;

/// <summary>
/// For the benchmark only (bench/rod-landelijk.sh): what storing the enrolments costs with nothing else, the limit the
/// bulk ingest is measured against. The same rows as <see cref="IRodTransactie.BulkSchrijvenAsync"/> writes, by the same
/// writer (COPY on PostgreSQL, one prepared INSERT on SQLite), into copies of the tables (kaal_rod_…, with the same keys
/// and indexes) in the same database: no persons read or locked, no RIO read, no rule, no claim, no answer.
/// </summary>
public static class RodOpslaglimiet
{
    public static string Kopie(string tabel) => "kaal_" + tabel;

    public static Task MaakKopieenAsync(IKetenStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.SchrijfAsync(async (t, c) =>
        {
            await ((RodTransactie)t.Rod).MaakKopieenAsync(c);
            return true;
        }, ct);
    }

    /// <summary>One transaction: the versions (numbered from <paramref name="eersteVersie"/>) with their periods, BPVs and diplomas, and the persons.</summary>
    public static Task SchrijfAsync(IKetenStore store, IReadOnlyList<InschrijvingVersie> versies, long eersteVersie, IReadOnlyList<Persoonsnummer> personen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.SchrijfAsync(async (t, c) =>
        {
            await ((RodTransactie)t.Rod).SchrijfKaalAsync(versies, eersteVersie, personen, c);
            return true;
        }, ct);
    }
}
