using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Keten.Domain.Bekostiging;
using Keten.Domain.Rod;
using Keten.Storage.Rod;
using Keten.Storage.Sql;

namespace Keten.Storage;

/// <summary>
/// The students enrolled on a day, each with every enrolment at any instelling and the birth date: what a derivation
/// across the chain reads (VSV, docs/vsv.md). Kept apart from the funding run's reader of the same record so the two can
/// be joined into one.
/// </summary>
public abstract partial class SqlKetenStore
{
    /// <summary>Persons read per round trip: what the reader holds at most, whatever the nation's size.</summary>
    internal const int StudentenPagina = 500;

    private const string PersoonVolgorde = "i.persoon_soort, i.persoon";

    /// <summary>
    /// Every person with an enrolment valid on <paramref name="peildatum"/> (at one of <paramref name="brins"/>, when
    /// given), as known at <paramref name="bekendOp"/> (null: now), with all the person's enrolments then known at any
    /// instelling and the birth date from the persons register (null when unknown or known only in part). Ordered by
    /// person (BSNs, then onderwijsnummers), read in pages of persons by that key, all from one snapshot.
    /// </summary>
    public async IAsyncEnumerable<Bekostigingsstudent> StudentenIngeschrevenOpAsync(
        DateOnly peildatum, IReadOnlyCollection<string>? brins, DateTimeOffset? bekendOp, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        var na = ("", "");
        while (true)
        {
            var pagina = await StudentenPaginaAsync(connection, transaction, peildatum, brins, bekendOp, na, ct);
            foreach (var student in pagina)
            {
                yield return student;
            }

            if (pagina.Count < StudentenPagina)
            {
                break;
            }

            na = (RodKolommen.Soort(pagina[^1].Persoon), pagina[^1].Persoon.Waarde);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// One page in one round trip: the next persons after <paramref name="na"/> enrolled on the day, all their enrolment
    /// versions known at the moment with periods, BPVs and diplomas, and their birth dates.
    /// </summary>
    private async Task<List<Bekostigingsstudent>> StudentenPaginaAsync(DbConnection connection, DbTransaction transaction, DateOnly peildatum,
        IReadOnlyCollection<string>? brins, DateTimeOffset? bekendOp, (string Soort, string Persoon) na, CancellationToken ct)
    {
        var geldig = "NOT i.verwijderd AND " + (bekendOp is null ? "i.geregistreerd_tot IS NULL" : RodKolommen.BekendOp);
        var opBrin = brins is null ? "" : $"AND i.brin IN ({string.Join(", ", brins.Select((_, n) => $"@brin{n}").DefaultIfEmpty("NULL"))}) ";
        var personen = $"SELECT DISTINCT {PersoonVolgorde} FROM rod_inschrijving i WHERE {geldig} AND i.datum_inschrijving <= @peildatum "
            + $"AND (i.datum_uitschrijving_werkelijk IS NULL OR i.datum_uitschrijving_werkelijk >= @peildatum) {opBrin}"
            + $"AND ({PersoonVolgorde}) > (@naSoort, @naPersoon) ORDER BY {PersoonVolgorde} LIMIT {StudentenPagina}";
        var waar = $"{geldig} AND ({PersoonVolgorde}) IN ({personen})";
        var opdracht = RodKolommen.Inschrijvingen(new Opdracht(connection, transaction), waar, $"{PersoonVolgorde}, i.brin, i.volgnummer")
            .Statement($"SELECT {RodKolommen.Persoonsgegevens} FROM rod_persoon pe WHERE (pe.persoon_soort, pe.persoon) IN ({personen})")
            .Parameter("@peildatum", peildatum).Parameter("@naSoort", na.Soort).Parameter("@naPersoon", na.Persoon);
        foreach (var (brin, n) in (brins ?? []).Select((b, n) => (b, n)))
        {
            opdracht.Parameter($"@brin{n}", brin);
        }

        if (bekendOp is { } moment)
        {
            opdracht.Parameter("@bekendOp", dialect.Tijd(moment));
        }

        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var inschrijvingen = await RodKolommen.LeesInschrijvingenAsync(reader, ct);
        var gegevens = await RodKolommen.LeesPersoonsgegevensAsync(reader, ct);
        return [.. inschrijvingen.Select(o => o.Inschrijving).GroupBy(i => i.Persoon)
            .Select(g => new Bekostigingsstudent(g.Key, Geboortedatum(gegevens.GetValueOrDefault(g.Key).Geboortedatum), [.. g]))];
    }

    /// <summary>A full birth date; one with an unknown day or month (00) is no date.</summary>
    private static DateOnly? Geboortedatum(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) ? datum : null;
}
