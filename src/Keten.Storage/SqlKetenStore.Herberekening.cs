using System.Globalization;
using Keten.Domain.Rod;
using Keten.Storage.Rod;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>The queue of aanbieders whose leerroute pupils' chain signals must be recomputed after a RIO change.</summary>
public abstract partial class SqlKetenStore
{
    public async Task<IReadOnlyList<Herberekening>> HerberekeningenAsync(int hoogstens, string? na, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null,
            "SELECT onderwijsaanbiedercode, versie FROM rod_herberekening WHERE onderwijsaanbiedercode > @na ORDER BY onderwijsaanbiedercode LIMIT @limit")
            .With("@na", na ?? "")
            .With("@limit", (long)hoogstens);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rij = new List<Herberekening>();
        while (await reader.ReadAsync(ct))
        {
            rij.Add(new Herberekening(reader.GetString(0), reader.GetInt64(1)));
        }

        return rij;
    }

    public async Task<IReadOnlyList<Persoonsnummer>> LeerroutePersonenAsync(string onderwijsaanbiedercode, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null,
            "SELECT DISTINCT i.persoon_soort, i.persoon FROM rod_periode p JOIN rod_inschrijving i ON i.versie = p.versie "
            + "WHERE (p.onderwijsaanbiedercode = @a OR p.samenwerkende_aanbieder = @a) AND p.leerroute IS NOT NULL "
            + "AND i.geregistreerd_tot IS NULL AND NOT i.verwijderd ORDER BY i.persoon_soort, i.persoon")
            .With("@a", onderwijsaanbiedercode);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var personen = new List<Persoonsnummer>();
        while (await reader.ReadAsync(ct))
        {
            personen.Add(RodKolommen.Persoon(reader.GetString(0), reader.GetString(1)));
        }

        return personen;
    }

    public Task<int> HerberekeningenAfgerondAsync(IReadOnlyCollection<Herberekening> afgerond, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afgerond);
        // Through the write path: on SQLite the writer's group commit, not a second writer beside it (whose lock and
        // fsync every delivery waiting in the writer's batch would feel).
        return schrijfpad.SchrijfAsync(async (t, token) =>
        {
            var transactie = (RioTransactie)t;
            var verwijderd = 0;
            foreach (var herberekening in afgerond)
            {
                await using var command = transactie.Opdracht("DELETE FROM rod_herberekening WHERE onderwijsaanbiedercode = @a AND versie = @v")
                    .With("@a", herberekening.Onderwijsaanbiedercode).With("@v", herberekening.Versie);
                verwijderd += Convert.ToInt32(await command.ExecuteNonQueryAsync(token), CultureInfo.InvariantCulture);
            }

            return verwijderd;
        }, ct);
    }
}
