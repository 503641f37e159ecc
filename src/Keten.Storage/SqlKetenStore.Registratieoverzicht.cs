using System.Data.Common;
using System.Runtime.CompilerServices;
using Keten.Storage.Rod;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>The enrolments of one instelling for its registratieoverzicht (docs/rod-registratieoverzicht.md).</summary>
public abstract partial class SqlKetenStore
{
    /// <summary>Enrolments read per round trip: what the reader holds at most, whatever the instelling's size.</summary>
    internal const int RegistratieoverzichtPagina = 500;

    private const string Volgorde = "i.persoon_soort, i.persoon, i.volgnummer";

    /// <summary>
    /// The instelling's enrolments as known at <paramref name="bekendOp"/> (null: now) that are valid on a day of
    /// [<paramref name="van"/>, <paramref name="tot"/>], with their periods, BPVs and diplomas, ordered by person (BSNs
    /// ascending, then onderwijsnummers) and inschrijvingvolgnummer. Read in pages by that key, all from one snapshot.
    /// </summary>
    public async IAsyncEnumerable<RegistratieoverzichtInschrijving> RegistratieoverzichtAsync(
        string brin, DateOnly van, DateOnly tot, DateTimeOffset? bekendOp, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(brin);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        var na = ("", "", "");
        while (true)
        {
            var pagina = await RegistratieoverzichtPaginaAsync(connection, transaction, brin, van, tot, bekendOp, na, ct);
            foreach (var inschrijving in pagina)
            {
                yield return inschrijving;
            }

            if (pagina.Count < RegistratieoverzichtPagina)
            {
                break;
            }

            var laatste = pagina[^1].Inschrijving;
            na = (RodKolommen.Soort(laatste.Persoon), laatste.Persoon.Waarde, laatste.Inschrijvingvolgnummer);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// One page in one round trip: the next enrolments after the key <paramref name="na"/> (the inner alias i of the
    /// page's subquery is the enrolment version selected, so <see cref="RodKolommen.BekendOp"/> applies there), their
    /// periods, BPVs and diplomas, and their persons' birth dates and geslacht.
    /// </summary>
    private async Task<List<RegistratieoverzichtInschrijving>> RegistratieoverzichtPaginaAsync(DbConnection connection, DbTransaction transaction,
        string brin, DateOnly van, DateOnly tot, DateTimeOffset? bekendOp, (string Soort, string Persoon, string Volgnummer) na, CancellationToken ct)
    {
        var geldig = RodKolommen.Bekend(bekendOp);
        var waar = $"i.versie IN (SELECT i.versie FROM rod_inschrijving i WHERE i.brin = @brin AND NOT i.verwijderd AND {geldig} "
            + "AND i.datum_inschrijving <= @tot AND (i.datum_uitschrijving_werkelijk IS NULL OR i.datum_uitschrijving_werkelijk >= @van) "
            + $"AND ({Volgorde}) > (@naSoort, @naPersoon, @naVolgnummer) ORDER BY {Volgorde} LIMIT {RegistratieoverzichtPagina})";
        var opdracht = RodKolommen.Inschrijvingen(new Opdracht(connection, transaction), waar, Volgorde)
            .Statement($"SELECT {RodKolommen.Persoonsgegevens} FROM rod_persoon pe WHERE (pe.persoon_soort, pe.persoon) IN "
                + $"(SELECT i.persoon_soort, i.persoon FROM rod_inschrijving i WHERE {waar})")
            .Parameter("@brin", brin).Parameter("@van", DbCommandExtensions.Dag(van)).Parameter("@tot", DbCommandExtensions.Dag(tot))
            .Parameter("@naSoort", na.Soort).Parameter("@naPersoon", na.Persoon).Parameter("@naVolgnummer", na.Volgnummer);
        if (bekendOp is { } moment)
        {
            opdracht.Parameter("@bekendOp", dialect.Tijd(moment));
        }

        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var inschrijvingen = await RodKolommen.LeesInschrijvingenAsync(reader, ct);
        var personen = await RodKolommen.LeesPersoonsgegevensAsync(reader, ct);
        return [.. inschrijvingen.Select(o => personen.TryGetValue(o.Inschrijving.Persoon, out var p)
            ? new RegistratieoverzichtInschrijving(o.Inschrijving, p.Geboortedatum, p.Geslacht)
            : new RegistratieoverzichtInschrijving(o.Inschrijving, null, null))];
    }
}
