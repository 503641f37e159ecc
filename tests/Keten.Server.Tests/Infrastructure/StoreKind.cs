namespace Keten.Server.Tests.Infrastructure;

/// <summary>The two databases Keten runs on; tests that touch storage run on both.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
