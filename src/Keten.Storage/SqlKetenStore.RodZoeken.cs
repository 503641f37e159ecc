using System.Globalization;
using System.Text;
using Keten.Storage.Rod;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>Searching the enrolment register: by instelling, person and day, as known now or at a moment.</summary>
public abstract partial class SqlKetenStore
{
    public async Task<Pagina<OpgeslagenInschrijving>> ZoekInschrijvingenAsync(InschrijvingZoekvraag vraag, int pagina, int paginagrootte, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        ArgumentOutOfRangeException.ThrowIfNegative(pagina);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(paginagrootte);
        if (vraag.Brins.Count == 0)
        {
            return new Pagina<OpgeslagenInschrijving>([], 0);
        }

        var filter = Filter(vraag);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);

        var telling = Binden(new Opdracht(connection, transaction).Statement($"SELECT COUNT(*) FROM rod_inschrijving i WHERE {filter}"), vraag);
        await using var count = telling.Command();
        var aantal = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

        var eenPagina = $"i.versie IN (SELECT i.versie FROM rod_inschrijving i WHERE {filter} "
            + "ORDER BY i.brin, i.persoon_soort, i.persoon, i.volgnummer LIMIT @limit OFFSET @offset)";
        var opdracht = Binden(RodKolommen.Inschrijvingen(new Opdracht(connection, transaction), eenPagina), vraag)
            .Parameter("@limit", (long)paginagrootte).Parameter("@offset", (long)pagina * paginagrootte);
        await using var command = opdracht.Command();
        List<OpgeslagenInschrijving> gevonden;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            gevonden = await RodKolommen.LeesInschrijvingenAsync(reader, ct);
        }

        await transaction.CommitAsync(ct);
        return new Pagina<OpgeslagenInschrijving>(
            [.. gevonden.OrderBy(o => o.Inschrijving.Brin, StringComparer.Ordinal).ThenBy(o => RodKolommen.Soort(o.Inschrijving.Persoon), StringComparer.Ordinal)
                .ThenBy(o => o.Inschrijving.Persoon.Waarde, StringComparer.Ordinal).ThenBy(o => o.Inschrijving.Inschrijvingvolgnummer, StringComparer.Ordinal)],
            aantal);
    }

    public async Task<IReadOnlyList<OpgeslagenInschrijving>> InschrijvingenVanPersoonAsync(Domain.Rod.Persoonsnummer persoon, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        var opdracht = RodKolommen.Inschrijvingen(new Opdracht(connection, transaction),
                "NOT i.verwijderd AND i.geregistreerd_tot IS NULL AND i.persoon_soort = @ps AND i.persoon = @p")
            .Parameter("@ps", RodKolommen.Soort(persoon)).Parameter("@p", persoon.Waarde);
        await using var command = opdracht.Command();
        List<OpgeslagenInschrijving> gevonden;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            gevonden = await RodKolommen.LeesInschrijvingenAsync(reader, ct);
        }

        await transaction.CommitAsync(ct);
        return gevonden;
    }

    private static string Filter(InschrijvingZoekvraag vraag)
    {
        var filter = new StringBuilder("NOT i.verwijderd AND i.brin IN (")
            .AppendJoin(", ", vraag.Brins.Select((_, n) => string.Create(CultureInfo.InvariantCulture, $"@brin{n}"))).Append(") AND ")
            .Append(RodKolommen.Bekend(vraag.BekendOp));
        if (vraag.Persoon is not null)
        {
            filter.Append(" AND i.persoon_soort = @ps AND i.persoon = @p");
        }

        if (vraag.Peildatum is not null)
        {
            filter.Append(" AND i.datum_inschrijving <= @dag AND (i.datum_uitschrijving_werkelijk IS NULL OR i.datum_uitschrijving_werkelijk >= @dag)");
        }

        return filter.ToString();
    }

    private Opdracht Binden(Opdracht opdracht, InschrijvingZoekvraag vraag)
    {
        foreach (var (brin, n) in vraag.Brins.Select((b, n) => (b, n)))
        {
            opdracht.Parameter(string.Create(CultureInfo.InvariantCulture, $"@brin{n}"), brin);
        }

        if (vraag.BekendOp is { } moment)
        {
            opdracht.Parameter("@bekendOp", dialect.Tijd(moment));
        }

        if (vraag.Persoon is { } persoon)
        {
            opdracht.Parameter("@ps", RodKolommen.Soort(persoon)).Parameter("@p", persoon.Waarde);
        }

        return vraag.Peildatum is { } dag ? opdracht.Parameter("@dag", dag) : opdracht;
    }
}
