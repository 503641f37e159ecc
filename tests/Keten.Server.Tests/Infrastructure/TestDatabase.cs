using Keten.Storage;

namespace Keten.Server.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database of one <see cref="StoreKind"/> (no schema yet: MigrateAsync or the server's start makes it),
/// deleted again on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> delete;

    internal TestDatabase(StoreKind kind, string connectionString, Func<Task> delete)
    {
        Kind = kind;
        ConnectionString = connectionString;
        this.delete = delete;
    }

    public StoreKind Kind { get; }

    /// <summary>"Data Source=&lt;temp file&gt;" for SQLite, "Host=…;Database=keten_…" for PostgreSQL.</summary>
    public string ConnectionString { get; }

    /// <summary>A store on this database through <see cref="KetenStoreFactory"/>, as the server makes it.</summary>
    public IKetenStore CreateStore(TimeProvider time) => KetenStoreFactory.Create(ConnectionString, time);

    public async ValueTask DisposeAsync() => await delete();
}
