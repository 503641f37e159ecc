namespace Keten.Storage.Sql;

/// <summary>
/// Copies the WAL back into the database file beside the writer instead of inside its commits. SQLite's own automatic
/// checkpoint runs in the COMMIT that crosses the threshold, so that delivery (and the whole batch waiting on it) pays
/// for writing back and syncing everything since the last one. Here a PASSIVE checkpoint runs on a connection and a
/// thread of its own after every commit, at most one at a time, so each copies back little: it never blocks the writer or
/// readers. But the writer only starts the WAL from the beginning again when every frame in it was copied back, and
/// while it keeps writing a checkpoint beside it never quite catches up: so once the WAL holds
/// <see cref="AfrondenVanaf"/> frames, the writer copies back the rest itself before its next batch
/// (<see cref="MoetAfronden"/>), which is little because this checkpoint did the bulk. The writer's automatic
/// checkpoint stays as a bound (<see cref="SqliteDialect.SchrijverCheckpointPaginas"/>) for when all this falls behind.
/// </summary>
internal sealed class SqliteAchtergrondcheckpoint
{
    /// <summary>WAL frames (64 MiB at 4 KiB pages) from which the writer finishes the checkpoint and restarts the WAL.</summary>
    public const long AfrondenVanaf = 16384;

    private readonly SqliteDialect dialect;
    private readonly Werkdraad draad;
    private int afronden;

    public SqliteAchtergrondcheckpoint(SqliteDialect dialect)
    {
        this.dialect = dialect;
        draad = new Werkdraad("Keten SQLite-checkpoint", Checkpoint, SqliteGroepscommit.Rusttijd);
    }

    /// <summary>True when the writer should run a checkpoint before its next batch (then call <see cref="Afgerond"/>).</summary>
    public bool MoetAfronden => Volatile.Read(ref afronden) == 1;

    public void Afgerond() => Volatile.Write(ref afronden, 0);

    /// <summary>Starts a checkpoint, or one more after the one that runs.</summary>
    public void NaCommit() => draad.Wek();

#pragma warning disable CA1031 // A checkpoint that fails (the file busy, a reader in the way) leaves the WAL for the next one; nothing is lost.
    private void Checkpoint()
    {
        try
        {
            using var connection = dialect.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
            using var command = connection.Sql(null, "PRAGMA wal_checkpoint(PASSIVE)");
            using var reader = command.ExecuteReader();
            if (reader.Read() && reader.GetInt64(1) >= AfrondenVanaf) // (busy, log, checkpointed)
            {
                Volatile.Write(ref afronden, 1);
            }
        }
        catch (Exception)
        {
        }
    }
#pragma warning restore CA1031
}
