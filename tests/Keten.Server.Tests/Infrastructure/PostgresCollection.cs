namespace Keten.Server.Tests.Infrastructure;

/// <summary>
/// Every test class that needs PostgreSQL joins this collection ([Collection(PostgresCollection.Name)]) and takes
/// a <see cref="PostgresServer"/> in its constructor; the server then starts once for the whole test run.
/// Test classes in one collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
