using System.Globalization;
using Keten.Server.Tests.Infrastructure;

namespace Keten.Server.Tests.Audit;

/// <summary>An audit row as the table holds it, read with plain SQL (the test's view, not Keten's).</summary>
public sealed record AuditRegel(string? Bestuur, string Deur, string HandelendeSoort, string HandelendeKenmerk, string Operatie, string ObjectSoort,
    string? ObjectSleutel, string? Brin, string? Detail, int Aantal, string? Bedrijfsdocument, string Uitkomst)
{
    /// <summary>Every text of the row, for scanning it for what must not be there.</summary>
    public string Alles => string.Join('|', Bestuur, Deur, HandelendeSoort, HandelendeKenmerk, Operatie, ObjectSoort, ObjectSleutel, Brin, Detail, Bedrijfsdocument, Uitkomst);
}

public static class AuditTabel
{
    public static async Task<List<AuditRegel>> LeesAsync(TestDatabase database)
    {
        await using var connection = await RuweSql.OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT onderwijsbestuurcode, deur, handelende_soort, handelende_kenmerk, operatie, object_soort, object_sleutel, brin, detail, "
            + "aantal, bedrijfsdocument_id, uitkomst FROM audit ORDER BY id";
        var rijen = new List<AuditRegel>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rijen.Add(new AuditRegel(Tekst(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                Tekst(6), Tekst(7), Tekst(8), Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture), Tekst(10), reader.GetString(11)));
        }

        return rijen;

        string? Tekst(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
    }
}
