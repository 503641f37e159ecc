namespace Keten.Storage.Sql;

/// <summary>
/// Runs <paramref name="ronde"/> on a thread of its own whenever it is woken (<see cref="Wek"/>), one round at a time;
/// a wake-up during a round makes one more round. For SQLite's writer, WAL sync and checkpoint: they block in SQLite
/// and in fsync for milliseconds, and on the thread pool every hand-over between them would first wait behind the
/// requests queued there (ADR 0010). The thread ends after <paramref name="rust"/> without a wake-up, running
/// <paramref name="naRust"/> first (no wake-up can start a new thread meanwhile); the next wake-up starts a new one.
/// A round must handle its own failures: one that escapes ends the process rather than leave callers waiting forever.
/// </summary>
internal sealed class Werkdraad(string naam, Action ronde, TimeSpan rust, Action? naRust = null)
{
    private readonly object slot = new();
    private bool gewekt;
    private bool leeft;

    public void Wek()
    {
        lock (slot)
        {
            gewekt = true;
            if (leeft)
            {
                Monitor.Pulse(slot);
                return;
            }

            leeft = true;
        }

        new Thread(Lus) { IsBackground = true, Name = naam }.Start();
    }

    private void Lus()
    {
        while (true)
        {
            lock (slot)
            {
                while (!gewekt)
                {
                    if (!Monitor.Wait(slot, rust) && !gewekt)
                    {
                        naRust?.Invoke();
                        leeft = false;
                        return;
                    }
                }

                gewekt = false;
            }

            ronde();
        }
    }
}
