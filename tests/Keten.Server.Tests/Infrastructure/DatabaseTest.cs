namespace Keten.Server.Tests.Infrastructure;

/// <summary>
/// Base for tests that must pass on both databases. Write the tests once in an abstract subclass, then add one
/// two-line concrete class per database:
/// <code>
/// public abstract class MyTests(StoreKind kind, PostgresServer? postgres) : DatabaseTest(kind, postgres)
/// {
///     [Fact] public async Task Works() { var store = Database.CreateStore(TimeProvider.System); … }
/// }
/// public sealed class MyTestsOnSqlite() : MyTests(StoreKind.Sqlite, null);
/// [Collection(PostgresCollection.Name)] public sealed class MyTestsOnPostgres(PostgresServer p) : MyTests(StoreKind.Postgres, p);
/// </code>
/// Every test (xunit makes a new instance per test) gets its own fresh, empty database in <see cref="Database"/>
/// (<see cref="ConnectionString"/>). The SQLite variant needs no server and stays out of the PostgreSQL collection,
/// so it runs alongside it.
/// </summary>
public abstract class DatabaseTest(StoreKind kind, PostgresServer? postgres) : IAsyncLifetime
{
    private TestDatabase? database;

    protected StoreKind Kind => kind;

    /// <summary>The shared PostgreSQL server; null for the SQLite variant.</summary>
    protected PostgresServer? Postgres => postgres;

    protected TestDatabase Database => database ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected string ConnectionString => Database.ConnectionString;

    public virtual async Task InitializeAsync() => database = await KetenConnectionStrings.CreateAsync(kind, postgres);

    public virtual async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
