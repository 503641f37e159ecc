namespace Keten.Server.Tests.Infrastructure;

/// <summary>
/// Base for tests that must pass on both databases. Write the tests once in an abstract subclass, then add one
/// two-line concrete class per database:
/// <code>
/// public abstract class MyTests(StoreKind kind, PostgresServer postgres) : DatabaseTest(kind, postgres)
/// {
///     [Fact] public async Task Works() { var store = Database.CreateStore(TimeProvider.System); … }
/// }
/// [Collection(PostgresCollection.Name)] public sealed class MyTestsOnSqlite(PostgresServer p) : MyTests(StoreKind.Sqlite, p);
/// [Collection(PostgresCollection.Name)] public sealed class MyTestsOnPostgres(PostgresServer p) : MyTests(StoreKind.Postgres, p);
/// </code>
/// Every test (xunit makes a new instance per test) gets its own fresh database in <see cref="Database"/>.
/// </summary>
public abstract class DatabaseTest(StoreKind kind, PostgresServer postgres) : IAsyncLifetime
{
    private TestDatabase? database;

    protected StoreKind Kind => kind;

    /// <summary>The shared PostgreSQL server (used for <see cref="StoreKind.Postgres"/>; there for both kinds).</summary>
    protected PostgresServer Postgres => postgres;

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
