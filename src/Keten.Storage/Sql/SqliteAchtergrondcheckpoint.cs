namespace Keten.Storage.Sql;

/// <summary>
/// Copies the WAL back into the database file beside the writer instead of inside its commits. SQLite's own automatic
/// checkpoint runs in the COMMIT that crosses the threshold, so that delivery (and the whole batch waiting on it) pays
/// for writing back and syncing everything since the last one. Here a PASSIVE checkpoint runs on a connection of its
/// own after every commit, at most one at a time, so each copies back little: it never blocks the writer or
/// readers. But the writer only starts the WAL from the beginning again when every frame in it was copied back, and
/// while it keeps writing a checkpoint beside it never quite catches up: so once the WAL holds
/// <see cref="AfrondenVanaf"/> frames, the writer copies back the rest itself before its next batch
/// (<see cref="MoetAfronden"/>), which is little because this checkpoint did the bulk. The writer's automatic
/// checkpoint stays as a bound (<see cref="SqliteDialect.SchrijverCheckpointPaginas"/>) for when all this falls behind.
/// </summary>
internal sealed class SqliteAchtergrondcheckpoint(SqliteDialect dialect)
{
    /// <summary>WAL frames (64 MiB at 4 KiB pages) from which the writer finishes the checkpoint and restarts the WAL.</summary>
    public const long AfrondenVanaf = 16384;

    private int bezig;
    private int afronden;

    /// <summary>True when the writer should run a checkpoint before its next batch (then call <see cref="Afgerond"/>).</summary>
    public bool MoetAfronden => Volatile.Read(ref afronden) == 1;

    public void Afgerond() => Volatile.Write(ref afronden, 0);

    /// <summary>Starts a checkpoint unless one runs.</summary>
    public void NaCommit()
    {
        if (Interlocked.Exchange(ref bezig, 1) == 1)
        {
            return;
        }

        _ = Task.Run(CheckpointAsync);
    }

#pragma warning disable CA1031 // A checkpoint that fails (the file busy, a reader in the way) leaves the WAL for the next one; nothing is lost.
    private async Task CheckpointAsync()
    {
        try
        {
            await using var connection = await dialect.OpenAsync(CancellationToken.None);
            await using var command = connection.Sql(null, "PRAGMA wal_checkpoint(PASSIVE)");
            await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
            if (await reader.ReadAsync(CancellationToken.None) && reader.GetInt64(1) >= AfrondenVanaf) // (busy, log, checkpointed)
            {
                Volatile.Write(ref afronden, 1);
            }
        }
        catch (Exception)
        {
        }
        finally
        {
            Volatile.Write(ref bezig, 0);
        }
    }
#pragma warning restore CA1031
}
