using System.Reflection;
using Keten.Storage;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// The real store, with one change of its own committed between a read ahead (<see cref="IKetenStore.LeesVoorafAsync"/>)
/// and the next write transaction: what another process could commit in that moment, made to happen every time.
/// Every call goes to the real store.
/// </summary>
public class TussenkomendeStore : DispatchProxy
{
    private IKetenStore echt = null!;
    private Func<Task>? tussendoor;
    private bool voorafGelezen;

    public static IKetenStore Om(IKetenStore echt, Func<Task> tussendoor)
    {
        var proxy = Create<IKetenStore, TussenkomendeStore>();
        var zelf = (TussenkomendeStore)(object)proxy;
        zelf.echt = echt;
        zelf.tussendoor = tussendoor;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IKetenStore.LeesVoorafAsync))
        {
            voorafGelezen = true;
        }
        else if (targetMethod.Name == nameof(IKetenStore.SchrijfAsync) && voorafGelezen && Interlocked.Exchange(ref tussendoor, null) is { } wijziging)
        {
            // On the thread pool: the change's own continuations must not need the caller's context while it waits.
            Task.Run(wijziging).GetAwaiter().GetResult();
        }

        return targetMethod.Invoke(echt, args);
    }
}
