using System.Data.Common;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>
/// The one <see cref="IKetenStore"/> implementation over SQL. The SQL is shared; the subclasses only pick a
/// <see cref="SqlDialect"/> (connections, transactions, timestamp type, migration scripts).
/// Registration times come from the <see cref="TimeProvider"/>, in UTC, cut to whole microseconds so that
/// both databases store them exactly.
/// </summary>
public abstract partial class SqlKetenStore : IKetenStore
{
    private readonly SqlDialect dialect;
    private readonly TimeProvider time;

    private protected SqlKetenStore(SqlDialect dialect, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.dialect = dialect;
        this.time = time;
    }

    public Task MigrateAsync(CancellationToken ct) => Migrator.MigrateAsync(dialect, Nu(), ct);

    private DateTimeOffset Nu()
    {
        var ticks = time.GetUtcNow().UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    private Task<DbConnection> OpenAsync(CancellationToken ct) => dialect.OpenAsync(ct);
}
