using Keten.Domain.Referentie;
using Keten.Storage;
using Keten.Storage.Referentie;

namespace Keten.Application.Rio;

/// <summary>
/// The reference data currently loaded, replaced as a whole. Made with a store, it follows that store: at most once
/// per <c>controleInterval</c>, <see cref="VerversAsync"/> reads the store's reference version (one row) and reloads
/// everything when another process (e.g. <c>keten referentie laden</c>) changed it.
/// </summary>
public sealed class ReferentiedataBron
{
    private readonly IKetenStore? _store;
    private readonly TimeProvider _tijd = TimeProvider.System;
    private readonly TimeSpan _controleInterval;
    private volatile Referentiedata _huidig = Referentiedata.Leeg;
    private long _geladenVersie = -1;
    private long _volgendeControle = long.MinValue;
    private int _bezig;

    /// <summary>Only what <see cref="Vervang"/> puts in.</summary>
    public ReferentiedataBron()
    {
    }

    public ReferentiedataBron(IKetenStore store, TimeProvider tijd, TimeSpan controleInterval)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tijd);
        _store = store;
        _tijd = tijd;
        _controleInterval = controleInterval;
    }

    public Referentiedata Huidig => _huidig;

    public void Vervang(Referentiedata referentiedata) => _huidig = referentiedata;

    /// <summary>The sender behind an OIN (wsa:From, or REST's Keten-Afzender-OIN header): its board, null when unknown.</summary>
    public Handlers.Afzender Afzender(string oin) => new(oin, Huidig.BestuurMetOin(oin)?.Code);

    /// <summary>Loads the store's reference data now. The version is read first, so a save in between only causes a second load.</summary>
    public async Task LaadAsync(CancellationToken ct)
    {
        var store = _store ?? throw new InvalidOperationException("This ReferentiedataBron has no store.");
        var versie = await store.ReferentieVersieAsync(ct);
        _huidig = await ReferentiedataLoader.ReadFromStoreAsync(store, ct);
        Interlocked.Exchange(ref _geladenVersie, versie);
        Interlocked.Exchange(ref _volgendeControle, (_tijd.GetUtcNow() + _controleInterval).UtcTicks);
    }

    /// <summary>
    /// Reloads when the store's version moved, checking at most once per interval. A caller that finds another check
    /// under way goes on with the data loaded so far.
    /// </summary>
    public async Task VerversAsync(CancellationToken ct)
    {
        if (_store is null || _tijd.GetUtcNow().UtcTicks < Interlocked.Read(ref _volgendeControle)
            || Interlocked.CompareExchange(ref _bezig, 1, 0) != 0)
        {
            return;
        }

        try
        {
            if (await _store.ReferentieVersieAsync(ct) != Interlocked.Read(ref _geladenVersie))
            {
                await LaadAsync(ct);
            }
            else
            {
                Interlocked.Exchange(ref _volgendeControle, (_tijd.GetUtcNow() + _controleInterval).UtcTicks);
            }
        }
        finally
        {
            Interlocked.Exchange(ref _bezig, 0);
        }
    }
}
