using Keten.Storage.Sql;
using Npgsql;

namespace Keten.Server.Tests.Storage;

public sealed class PostgresDialectTests
{
    [Fact]
    public void Statements_stay_prepared_and_pooled_connections_are_not_reset_unless_the_connection_string_says_otherwise()
    {
        var standaard = new NpgsqlConnectionStringBuilder(new PostgresDialect("Host=db.example;Database=keten").Verbindingstekst);
        Assert.Equal(64, standaard.MaxAutoPrepare);
        Assert.True(standaard.NoResetOnClose);

        var eigen = new NpgsqlConnectionStringBuilder(new PostgresDialect("Host=db.example;Database=keten;Max Auto Prepare=0;NoResetOnClose=false").Verbindingstekst);
        Assert.Equal(0, eigen.MaxAutoPrepare);
        Assert.False(eigen.NoResetOnClose);
    }
}
