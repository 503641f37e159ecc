using Keten.Storage.Sql;

namespace Keten.Server.Tests.Storage;

/// <summary>The thread of its own that SQLite's writer, WAL sync and checkpoint run on.</summary>
public sealed class WerkdraadTests
{
    [Fact]
    public async Task A_wake_up_during_a_round_makes_exactly_one_more_round_on_the_same_thread()
    {
        var inRonde = new ManualResetEventSlim();
        var doorgaan = new ManualResetEventSlim();
        var draden = new List<int>();
        Werkdraad? draad = null;
        draad = new Werkdraad("test", () =>
        {
            lock (draden)
            {
                draden.Add(Environment.CurrentManagedThreadId);
            }

            if (draden.Count == 1)
            {
                inRonde.Set();
                doorgaan.Wait();
            }
        }, TimeSpan.FromSeconds(30));

        draad.Wek();
        Assert.True(inRonde.Wait(TimeSpan.FromSeconds(10)));
        draad.Wek();
        draad.Wek();
        draad.Wek();
        doorgaan.Set();

        await WachtOpAsync(() => draden.Count == 2);
        await Task.Delay(200);
        Assert.Equal(2, draden.Count);
        Assert.Equal(draden[0], draden[1]);
        Assert.NotEqual(Environment.CurrentManagedThreadId, draden[0]);
    }

    [Fact]
    public async Task The_thread_ends_after_its_rest_running_the_closer_and_the_next_wake_up_starts_a_new_one()
    {
        var rondes = 0;
        var gesloten = 0;
        var draad = new Werkdraad("test", () => Interlocked.Increment(ref rondes), TimeSpan.FromMilliseconds(100), () => Interlocked.Increment(ref gesloten));

        draad.Wek();
        await WachtOpAsync(() => Volatile.Read(ref gesloten) == 1);
        Assert.Equal(1, Volatile.Read(ref rondes));

        draad.Wek();
        await WachtOpAsync(() => Volatile.Read(ref rondes) == 2);
        await WachtOpAsync(() => Volatile.Read(ref gesloten) == 2);
    }

    private static async Task WachtOpAsync(Func<bool> voorwaarde)
    {
        for (var i = 0; i < 200 && !voorwaarde(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(voorwaarde());
    }
}
