using System.Data.Common;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>
/// The one <see cref="IKetenStore"/> implementation over SQL. The SQL is shared; the subclasses only pick a
/// <see cref="SqlDialect"/> (connections, transactions, timestamp type, migration scripts) and how write
/// transactions run (<see cref="Schrijfpad"/>).
/// Registration times come from the <see cref="TimeProvider"/>, in UTC, cut to whole microseconds so that
/// both databases store them exactly.
/// </summary>
public abstract partial class SqlKetenStore : IKetenStore
{
    private readonly SqlDialect dialect;
    private readonly TimeProvider time;
    private readonly Schrijfpad schrijfpad;
    private Toegang.IMedewerkerStore? medewerkers;
    private Bekostiging.IBekostigingStore? bekostiging;
    private Batch.IBatchtaakStore? batchtaken;

    private protected SqlKetenStore(SqlDialect dialect, TimeProvider time, Func<Func<DateTimeOffset>, Schrijfpad> schrijfpad)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(schrijfpad);
        this.dialect = dialect;
        this.time = time;
        this.schrijfpad = schrijfpad(Nu);
    }

    /// <summary>How often a write transaction was run again after a deadlock or a lock wait past the limit (PostgreSQL).</summary>
    public long Herhalingen => schrijfpad.Herhalingen;

    public Toegang.IMedewerkerStore Medewerkers => medewerkers ??= new Toegang.SqlMedewerkerStore(dialect, Nu);

    public Bekostiging.IBekostigingStore Bekostiging => bekostiging ??= new Bekostiging.SqlBekostigingStore(dialect, Nu);

    public Batch.IBatchtaakStore Batchtaken => batchtaken ??= new Batch.SqlBatchtaakStore(dialect, Nu);

    public Task MigrateAsync(CancellationToken ct) => Migrator.MigrateAsync(dialect, Nu(), ct);

    public Task<T> SchrijfAsync<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(werk);
        return schrijfpad.SchrijfAsync(werk, ct);
    }

    private DateTimeOffset Nu()
    {
        var ticks = time.GetUtcNow().UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    private Task<DbConnection> OpenAsync(CancellationToken ct) => dialect.OpenAsync(ct);
}
