using System.Data.Common;
using Keten.Storage.Sql;

namespace Keten.Storage.Audit;

/// <summary>
/// The audit rows of a change, written by the statements of the change's own transaction (ADR 0021): added to a
/// commit's one command (<see cref="VoegToe"/>), or sent on their own inside the caller's transaction
/// (<see cref="SchrijfAsync"/>). Only accepted changes are recorded; a refusal writes no change and no row.
/// </summary>
internal static class AuditSchrijven
{
    public const string Goedgekeurd = "goedgekeurd";

    private const string InsertSql = """
        INSERT INTO audit (moment, onderwijsbestuurcode, deur, handelende_soort, handelende_kenmerk, operatie, object_soort, object_sleutel,
            brin, detail, aantal, bedrijfsdocument_id, uitkomst)
        VALUES (@nu, @au_bestuur, @au_deur, @au_hs, @au_hk, @au_operatie, @au_soort, @au_sleutel, @au_brin, @au_detail, @au_aantal, @document, @au_uitkomst)
        """;

    /// <summary>
    /// The rows of a commit: one per RIO object changed, one per enrolment version (by its id and BRIN), one for the
    /// persons registered with their data (how many, never who), and the rows the commit names itself.
    /// </summary>
    public static IEnumerable<Auditregel> Van(Commit commit)
    {
        foreach (var w in commit.Wijzigingen)
        {
            yield return new Auditregel(w.Onderwijsbestuurcode, commit.Operatie, w.Soort.ToString(), w.Sleutel);
        }

        if (commit.Rod is { } rod)
        {
            foreach (var v in rod.Versies)
            {
                yield return new Auditregel(v.Onderwijsbestuurcode, commit.Operatie, Auditobjecten.Inschrijving, v.InschrijvingId, v.Staat.Brin,
                    $"inschrijvingvolgnummer {v.Staat.Inschrijvingvolgnummer}");
            }

            if (rod.PersonenMetGegevens is { Count: > 0 } personen)
            {
                yield return new Auditregel((commit.Door ?? Auditbron.Onbekend).Onderwijsbestuurcode, commit.Operatie, Auditobjecten.Persoon, null,
                    Aantal: personen.Count);
            }
        }

        foreach (var regel in commit.Auditregels)
        {
            yield return regel;
        }
    }

    /// <summary>Adds the rows to <paramref name="opdracht"/>, whose @nu and @document are bound by the caller.</summary>
    public static void VoegToe(Opdracht opdracht, Auditbron bron, IEnumerable<Auditregel> regels)
    {
        var i = 0;
        foreach (var regel in regels)
        {
            opdracht.Statement(InsertSql, i)
                .Parameter("@au_bestuur", i, regel.Onderwijsbestuurcode)
                .Parameter("@au_deur", i, bron.Deur)
                .Parameter("@au_hs", i, bron.HandelendeSoort)
                .Parameter("@au_hk", i, bron.HandelendeKenmerk)
                .Parameter("@au_operatie", i, regel.Operatie)
                .Parameter("@au_soort", i, regel.ObjectSoort)
                .Parameter("@au_sleutel", i, regel.ObjectSleutel)
                .Parameter("@au_brin", i, regel.Brin)
                .Parameter("@au_detail", i, regel.Detail)
                .Parameter("@au_aantal", i, regel.Aantal)
                .Parameter("@au_uitkomst", i, Goedgekeurd);
            i++;
        }
    }

    /// <summary>Writes the rows in the caller's transaction (Toegang's and reference data's own write transactions).</summary>
    public static async Task SchrijfAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, DateTimeOffset nu,
        Auditbron bron, IReadOnlyCollection<Auditregel> regels, CancellationToken ct)
    {
        if (regels.Count == 0)
        {
            return;
        }

        var opdracht = new Opdracht(connection, transaction).Parameter("@nu", dialect.Tijd(nu)).Parameter("@document", (string?)null);
        VoegToe(opdracht, bron, regels);
        await opdracht.UitvoerenAsync(ct);
    }
}
