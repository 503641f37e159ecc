namespace Keten.Storage.Sql;

/// <summary>
/// One caller's <see cref="Schrijfpad.SchrijfAsync{T}"/> waiting in a group commit's queue: the work, the caller's
/// token, and the task the caller awaits, completed only once the batch it ran in is committed.
/// </summary>
internal abstract class Schrijfwerk
{
    /// <summary>Runs the work in the batch's transaction; <paramref name="annuleerbaar"/> false hands it no token, so a
    /// caller that leaves cannot break the connection the other callers' work shares (it is checked before the start).</summary>
    public abstract Task VoerUitAsync(IRioTransactie transactie, bool annuleerbaar = true);

    /// <summary>Runs the work alone, through another write path (one transaction of its own, with its retries).</summary>
    public abstract Task VoerAlleenUitAsync(Schrijfpad pad);

    /// <summary>After the COMMIT: hand the result to the caller (unless it already failed).</summary>
    public abstract void Voltooi();

    /// <summary>The first failure wins; later ones (the batch failing after this item failed) are ignored.</summary>
    public abstract void Faal(Exception e);

    public static void FaalAlle(IEnumerable<Schrijfwerk> werk, Exception e)
    {
        foreach (var item in werk)
        {
            item.Faal(e);
        }
    }
}

internal sealed class Schrijfwerk<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct) : Schrijfwerk
{
    private readonly TaskCompletionSource<T> bron = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? resultaat;

    public Task<T> Taak => bron.Task;

    public override async Task VoerUitAsync(IRioTransactie transactie, bool annuleerbaar = true)
    {
        ct.ThrowIfCancellationRequested();
        resultaat = await werk(transactie, annuleerbaar ? ct : CancellationToken.None);
    }

#pragma warning disable CA1031 // Whatever the other path throws belongs to this caller.
    public override async Task VoerAlleenUitAsync(Schrijfpad pad)
    {
        try
        {
            bron.TrySetResult(await pad.SchrijfAsync(werk, ct));
        }
        catch (Exception e)
        {
            Faal(e);
        }
    }
#pragma warning restore CA1031

    public override void Voltooi() => bron.TrySetResult(resultaat!);

    public override void Faal(Exception e)
    {
        if (e is OperationCanceledException && ct.IsCancellationRequested)
        {
            bron.TrySetCanceled(ct);
        }
        else
        {
            bron.TrySetException(e);
        }
    }
}
