using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Keten.Server.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use, shared by every test class in <see cref="PostgresCollection"/>.
/// With KETEN_TEST_POSTGRES set to an Npgsql connection string (of a user that may CREATE DATABASE) that
/// server is used. Otherwise a throwaway cluster is made with the machine's initdb/pg_ctl
/// (/usr/lib/postgresql/*/bin, newest version) in a temp dir, listening on 127.0.0.1 on a free port, with
/// fsync off (it is thrown away), and stopped and deleted on dispose. PostgreSQL refuses to run as root,
/// so as root the cluster runs as the postgres user (runuser).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "KETEN_TEST_POSTGRES";

    private PostgresCluster? cluster;
    private bool fileCopy;

    /// <summary>Connection string to the server's maintenance database (postgres), as a superuser.</summary>
    public string AdminConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            AdminConnectionString = external;
        }
        else
        {
            cluster = await PostgresCluster.StartAsync();
            AdminConnectionString = cluster.ConnectionString;
        }

        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        fileCopy = connection.PostgreSqlVersion.Major >= 15;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>Creates an empty database keten_&lt;random&gt; and returns an Npgsql connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "keten_" + Guid.NewGuid().ToString("N");
        // FILE_COPY (PostgreSQL 15+) copies the small template faster than the default WAL_LOG.
        await ExecuteAdminAsync($"CREATE DATABASE \"{name}\"" + (fileCopy ? " STRATEGY = FILE_COPY" : ""));
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its connections first.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("No Database in the connection string.", nameof(connectionString));
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A throwaway PostgreSQL cluster in a temp dir, run with the machine's initdb and pg_ctl.</summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string binDir;
    private readonly string root;
    private readonly bool asPostgresUser;

    private PostgresCluster(string binDir, string root, bool asPostgresUser, int port)
    {
        this.binDir = binDir;
        this.root = root;
        this.asPostgresUser = asPostgresUser;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = "postgres",
            Database = "postgres",
        }.ConnectionString;
    }

    public string ConnectionString { get; }

    private string DataDir => Path.Combine(root, "data");

    private string LogFile => Path.Combine(root, "postgres.log");

    public static async Task<PostgresCluster> StartAsync()
    {
        var binDir = FindBinDir();
        var root = Path.Combine(Path.GetTempPath(), "keten-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var asPostgresUser = await IsRootAsync();
        if (asPostgresUser)
        {
            await ProcessRunner.RunAsync("chown", ["postgres:postgres", root]);
        }

        try
        {
            var port = FreePort();
            var cluster = new PostgresCluster(binDir, root, asPostgresUser, port);
            await cluster.PgAsync("initdb", "-D", cluster.DataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
            await cluster.PgAsync("pg_ctl", "-D", cluster.DataDir, "-l", cluster.LogFile, "-w", "-t", "60",
                "-o", string.Join(' ',
                    $"-p {port.ToString(CultureInfo.InvariantCulture)}",
                    $"-k {root}",
                    "-c listen_addresses=127.0.0.1",
                    "-c max_connections=300",
                    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"),
                "start");
            return cluster;
        }
        catch (Exception e)
        {
            var log = Path.Combine(root, "postgres.log");
            var tail = File.Exists(log) ? File.ReadAllText(log) : "(no server log)";
            TryDelete(root);
            throw new InvalidOperationException($"Could not start a test PostgreSQL cluster: {e.Message}\n{tail}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgAsync("pg_ctl", "-D", DataDir, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            TryDelete(root);
        }
    }

    private Task PgAsync(string program, params string[] arguments)
    {
        var path = Path.Combine(binDir, program);
        return asPostgresUser
            ? ProcessRunner.RunAsync(RunuserPath(), ["-u", "postgres", "--", path, .. arguments], root)
            : ProcessRunner.RunAsync(path, arguments, root);
    }

    /// <summary>The bin dir of the newest PostgreSQL under /usr/lib/postgresql that has initdb.</summary>
    private static string FindBinDir()
    {
        const string baseDir = "/usr/lib/postgresql";
        var candidates = Directory.Exists(baseDir)
            ? Directory.GetDirectories(baseDir)
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .ToList()
            : [];
        return candidates.Count > 0
            ? Path.Combine(candidates[0], "bin")
            : throw new InvalidOperationException(
                $"No PostgreSQL found under {baseDir}/*/bin (apt-get install postgresql), and {PostgresServer.EnvironmentVariable} is not set.");
    }

    private static async Task<bool> IsRootAsync() =>
        (await ProcessRunner.RunAsync("id", ["-u"])).Trim() == "0";

    private static string RunuserPath() =>
        new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser" }.FirstOrDefault(File.Exists) ?? "runuser";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp dir is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
