using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;
using Tmds.Linux;

namespace Keten.Storage.Sql;

/// <summary>
/// Makes the writer's commits durable beside it (docs/decisions/0009-sqlite-wal-synced-beside-the-writer.md). The
/// writer's connection runs synchronous=NORMAL, so its COMMIT writes the WAL frames without syncing them; the writer
/// hands the batch here and starts the next one, while this syncs the WAL file (fdatasync) and only then completes the
/// batch's callers. One sync covers every batch committed before it started (a WAL is only valid as far as its frames'
/// checksum chain is unbroken, so no later batch can survive a crash without the earlier ones). Nothing is answered
/// before its frames are on disk; what a reader sees in between may still be lost at a power cut, never by a crash of
/// the process.
/// </summary>
internal sealed class SqliteWalSync
{
    private readonly string walPad;
    private readonly Func<string, Task> sync;
    private readonly Lock slot = new();
    private readonly Werkdraad draad;
    private List<Action<Exception?>> wachtend = [];

    /// <param name="sync">How the file is synced; tests replace it, the default is fdatasync.</param>
    public SqliteWalSync(string walPad, Func<string, Task>? sync = null)
    {
        this.walPad = walPad;
        this.sync = sync ?? SyncBestandAsync;
        draad = new Werkdraad("Keten SQLite-WAL-sync", SyncRonde, SqliteGroepscommit.Rusttijd);
    }

    /// <summary>Calls <paramref name="klaar"/> (null: durable; else why not) after a sync that started after this call.</summary>
    public void Na(Action<Exception?> klaar)
    {
        lock (slot)
        {
            wachtend.Add(klaar);
        }

        draad.Wek();
    }

#pragma warning disable CA1031 // A failed sync must reach the callers of every batch it covered, never end the thread.
    private void SyncRonde()
    {
        while (true)
        {
            List<Action<Exception?>> deze;
            lock (slot)
            {
                if (wachtend.Count == 0)
                {
                    return;
                }

                deze = wachtend;
                wachtend = [];
            }

            Exception? fout = null;
            try
            {
                sync(walPad).GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                fout = e;
            }

            foreach (var klaar in deze)
            {
                klaar(fout);
            }
        }
    }
#pragma warning restore CA1031

    /// <summary>
    /// fdatasync of the WAL file on Linux (data and size, not timestamps: no journal commit for an mtime), a full flush
    /// elsewhere. A WAL that is gone was checkpointed into the database file and synced by SQLite before it deleted it.
    /// </summary>
    private static Task SyncBestandAsync(string pad)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(pad, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return Task.CompletedTask;
        }

        using (handle)
        {
            if (OperatingSystem.IsLinux())
            {
                Fdatasync(handle);
            }
            else
            {
                using var stream = new FileStream(handle, FileAccess.ReadWrite);
                stream.Flush(flushToDisk: true);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Tmds.LibC has Linux builds only: kept out of <see cref="SyncBestandAsync"/> so other systems never load it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fdatasync(SafeFileHandle handle)
    {
        if (LibC.fdatasync((int)handle.DangerousGetHandle()) != 0)
        {
            throw new IOException($"fdatasync of the SQLite WAL failed (errno {LibC.errno})");
        }
    }
}
