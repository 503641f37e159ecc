using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Keten.Domain.Bekostiging;
using Keten.Domain.Rod;
using Keten.Storage.Rod;
using Keten.Storage.Sql;

namespace Keten.Storage.Bekostiging;

/// <summary>Reading the register as known at a moment, student by student (docs/bekostiging-runs.md, "Reading as known on").</summary>
internal sealed partial class SqlBekostigingStore
{
    /// <summary>Students read per round trip: what the reader holds at most, whatever the nation's size.</summary>
    internal const int StudentenPagina = 500;

    private const string Persoonvolgorde = "s.persoon_soort, s.persoon";

    public async IAsyncEnumerable<GelezenStudent> StudentenAsync(Studentselectie selectie, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(selectie);
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        var na = ("", "");
        while (true)
        {
            var pagina = await StudentenPaginaAsync(connection, transaction, selectie, na, ct);
            foreach (var student in pagina)
            {
                yield return student;
            }

            if (pagina.Count < StudentenPagina)
            {
                break;
            }

            var laatste = pagina[^1].Student.Persoon;
            na = (RodKolommen.Soort(laatste), laatste.Waarde);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// One page in one round trip: the next persons of the selection after <paramref name="na"/>, all their enrolment
    /// versions known at the moment (any sector, any instelling) with periods, BPVs and diplomas, their birth dates and
    /// the versions' registration.
    /// </summary>
    private async Task<List<GelezenStudent>> StudentenPaginaAsync(DbConnection connection, DbTransaction transaction, Studentselectie selectie,
        (string Soort, string Persoon) na, CancellationToken ct)
    {
        var opdracht = new Opdracht(connection, transaction);
        var personen = Personen(selectie, opdracht);
        var waar = $"NOT i.verwijderd AND {RodKolommen.BekendOp} AND (i.persoon_soort, i.persoon) IN ({personen})";
        RodKolommen.Inschrijvingen(opdracht, waar, "i.persoon_soort, i.persoon, i.brin, i.volgnummer")
            .Statement($"SELECT {RodKolommen.Persoonsgegevens} FROM rod_persoon pe WHERE (pe.persoon_soort, pe.persoon) IN ({personen})")
            .Statement($"SELECT i.brin, i.persoon_soort, i.persoon, i.volgnummer, i.versie, i.geregistreerd_van, i.bedrijfsdocument_id FROM rod_inschrijving i WHERE {waar}")
            .Parameter("@bekendOp", dialect.Tijd(selectie.BekendOp))
            .Parameter("@naSoort", na.Soort).Parameter("@naPersoon", na.Persoon);
        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var inschrijvingen = await RodKolommen.LeesInschrijvingenAsync(reader, ct);
        var gegevens = await RodKolommen.LeesPersoonsgegevensAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var herkomst = new Dictionary<InschrijvingSleutel, Inschrijvingsherkomst>();
        while (await reader.ReadAsync(ct))
        {
            herkomst[new InschrijvingSleutel(reader.GetString(0), RodKolommen.Persoon(reader.GetString(1), reader.GetString(2)), reader.GetString(3))] =
                new Inschrijvingsherkomst(reader.GetInt64(4), dialect.LeesTijd(reader, 5), reader.IsDBNull(6) ? null : reader.GetString(6));
        }

        var studenten = new List<GelezenStudent>();
        foreach (var groep in inschrijvingen.GroupBy(o => o.Inschrijving.Persoon))
        {
            var lijst = groep.Select(o => o.Inschrijving).ToList();
            var geboortedatum = gegevens.TryGetValue(groep.Key, out var g) ? Geboortedatum(g.Geboortedatum) : null;
            studenten.Add(new GelezenStudent(new Bekostigingsstudent(groep.Key, geboortedatum, lijst),
                lijst.ToDictionary(i => i.Sleutel, i => herkomst[i.Sleutel])));
        }

        return studenten;
    }

    /// <summary>
    /// The subquery of the page's persons (alias s): with an enrolment version known at the moment, of the sector, valid
    /// on a day of the studiejaar or holding a diploma of the diploma year, at one of the instellingen if given; ordered,
    /// after the last person of the page before.
    /// </summary>
    private static string Personen(Studentselectie selectie, Opdracht opdracht)
    {
        var geldig = "(s.datum_inschrijving <= @einde AND (s.datum_uitschrijving_werkelijk IS NULL OR s.datum_uitschrijving_werkelijk >= @begin))";
        opdracht.Parameter("@sector", selectie.Sector.ToString()).Parameter("@begin", selectie.Begin).Parameter("@einde", selectie.Einde);
        if (selectie is { DiplomaVan: { } van, DiplomaTot: { } tot })
        {
            geldig = $"({geldig} OR EXISTS (SELECT 1 FROM rod_diploma d WHERE d.versie = s.versie AND d.datum_resultaat BETWEEN @diplomaVan AND @diplomaTot))";
            opdracht.Parameter("@diplomaVan", van).Parameter("@diplomaTot", tot);
        }

        var brins = "";
        if (selectie.Brins is { } lijst)
        {
            var namen = lijst.Select((b, n) => string.Create(CultureInfo.InvariantCulture, $"@brin{n}")).ToList();
            brins = $" AND s.brin IN ({(namen.Count == 0 ? "NULL" : string.Join(", ", namen))})";
            foreach (var (brin, n) in lijst.Select((b, n) => (b, n)))
            {
                opdracht.Parameter(namen[n], brin);
            }
        }

        return $"SELECT DISTINCT {Persoonvolgorde} FROM rod_inschrijving s WHERE NOT s.verwijderd AND {RodKolommen.BekendOp.Replace("i.", "s.", StringComparison.Ordinal)} "
            + $"AND s.sector = @sector AND {geldig}{brins} AND ({Persoonvolgorde}) > (@naSoort, @naPersoon) ORDER BY {Persoonvolgorde} LIMIT {StudentenPagina}";
    }

    /// <summary>The persons register's ccyy-mm-dd; null when unknown or when its day or month is unknown (00).</summary>
    private static DateOnly? Geboortedatum(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) ? datum : null;
}
