using Keten.Server.Tests.Infrastructure;
using Keten.Storage;
using Npgsql;

namespace Keten.Server.Tests.Storage;

/// <summary>
/// PostgreSQL takes identity values before commit, so a transaction that took an earlier id can commit after a
/// later one was read. The feed must hold later rows back until every earlier transaction has ended.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MutatieZichtbaarheidTests(PostgresServer postgres) : StoreTest(StoreKind.Postgres, postgres)
{
    private const RioObjectSoort Aanbieder = RioObjectSoort.Onderwijsaanbieder;

    [Fact]
    public async Task A_transaction_still_open_holds_back_later_commits_until_it_ends_and_nothing_is_skipped_or_repeated()
    {
        await CommitEachAsync(Staat(Aanbieder, "100A001", "{}"));
        var filter = new MutatieFilter(Start);

        // A slow writer: its transaction has an id and a history row, and stays open.
        await using var traag = await OpenAsync();
        await using var transactie = await traag.BeginTransactionAsync();
        await SchrijfAsync(traag, transactie, "rio_object", "100A002");
        await SchrijfAsync(traag, transactie, "rio_object_historie", "100A002");

        // A later writer commits while the slow one is open.
        await CommitEachAsync(Staat(Aanbieder, "100A003", "{}"), Staat(Aanbieder, "100A004", "{}"));

        var gezien = new List<string>();
        var pagina0 = await Store.MutatiesAsync(Aanbieder, filter, 0, 1, CancellationToken.None);
        gezien.AddRange(Sleutels(pagina0));
        var pagina1 = await Store.MutatiesAsync(Aanbieder, filter, 1, 1, CancellationToken.None);
        Assert.Equal(["100A001"], gezien);
        Assert.Empty(pagina1.Items); // 100A003 would overtake the open transaction's row: held back
        Assert.Equal(1, pagina1.AantalResultaten);

        await transactie.CommitAsync();

        for (var pagina = 1; ; pagina++)
        {
            var volgende = await Store.MutatiesAsync(Aanbieder, filter, pagina, 1, CancellationToken.None);
            if (volgende.Items.Count == 0)
            {
                break;
            }

            gezien.AddRange(Sleutels(volgende));
        }

        Assert.Equal(["100A001", "100A002", "100A003", "100A004"], gezien);
    }

    [Fact]
    public async Task Order_is_by_transaction_so_an_earlier_transaction_writing_its_history_late_is_not_skipped()
    {
        var filter = new MutatieFilter(Start);

        // Eerst gets its transaction id first, Later second; Later writes its history row first (the lower id).
        await using var eerst = await OpenAsync();
        await using var eerstTransactie = await eerst.BeginTransactionAsync();
        await SchrijfAsync(eerst, eerstTransactie, "rio_object", "100A001");
        await using var later = await OpenAsync();
        await using var laterTransactie = await later.BeginTransactionAsync();
        await SchrijfAsync(later, laterTransactie, "rio_object", "100A002");
        await SchrijfAsync(later, laterTransactie, "rio_object_historie", "100A002");
        await SchrijfAsync(eerst, eerstTransactie, "rio_object_historie", "100A001");
        await eerstTransactie.CommitAsync();

        var pagina0 = await Store.MutatiesAsync(RioObjectSoort.Onderwijsaanbieder, filter, 0, 1, CancellationToken.None);
        await laterTransactie.CommitAsync();
        var pagina1 = await Store.MutatiesAsync(RioObjectSoort.Onderwijsaanbieder, filter, 1, 1, CancellationToken.None);

        Assert.Equal(["100A001", "100A002"], Sleutels(pagina0).Concat(Sleutels(pagina1)));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>What CommitAsync writes for a new aanbieder, one table at a time, inside a transaction the test holds.</summary>
    private static async Task SchrijfAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string tabel, string sleutel)
    {
        var sql = tabel == "rio_object"
            ? "INSERT INTO rio_object (soort, sleutel, onderwijsbestuurcode, state_json, verwijderd, geregistreerd_op, eerst_geregistreerd_op) "
              + "VALUES ('Onderwijsaanbieder', @sleutel, '100B001', '{}', false, @nu, @nu)"
            : "INSERT INTO rio_object_historie (soort, sleutel, onderwijsbestuurcode, state_json, nieuw, geregistreerd_op) "
              + "VALUES ('Onderwijsaanbieder', @sleutel, '100B001', '{}', true, @nu)";
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("@sleutel", sleutel);
        command.Parameters.AddWithValue("@nu", Start.AddSeconds(30));
        await command.ExecuteNonQueryAsync();
    }

    private static List<string> Sleutels(Pagina<RioMutatie> pagina) => [.. pagina.Items.Select(m => m.Object.Sleutel)];
}
