using Keten.Storage.Sql;
using Keten.Storage.Toegang;

namespace Keten.Storage;

/// <summary>
/// The login's tables (migration 0010). Each statement runs on its own (autocommit): "take" is a DELETE whose row count
/// says who took it, "register once" an INSERT whose conflict only overwrites an expired row, so two processes racing
/// for one ID get one true between them.
/// </summary>
public abstract partial class SqlKetenStore : IToegangStore
{
    public void RegistreerUitstaandVerzoek(string verzoekId, DateTimeOffset geldigTot)
    {
        using var connection = dialect.Open();
        using var command = connection.Sql(null, "INSERT INTO saml_uitstaand_verzoek (id, geldig_tot) VALUES (@id, @tot)")
            .With("@id", verzoekId)
            .WithValue("@tot", dialect.Tijd(geldigTot));
        command.ExecuteNonQuery();
    }

    public bool IsUitstaandVerzoek(string verzoekId, DateTimeOffset nu)
    {
        using var connection = dialect.Open();
        using var command = connection.Sql(null, "SELECT 1 FROM saml_uitstaand_verzoek WHERE id = @id AND geldig_tot > @nu")
            .With("@id", verzoekId)
            .WithValue("@nu", dialect.Tijd(nu));
        return command.ExecuteScalar() is not null;
    }

    public bool NeemUitstaandVerzoek(string verzoekId, DateTimeOffset nu)
    {
        using var connection = dialect.Open();
        using var command = connection.Sql(null, "DELETE FROM saml_uitstaand_verzoek WHERE id = @id AND geldig_tot > @nu")
            .With("@id", verzoekId)
            .WithValue("@nu", dialect.Tijd(nu));
        return command.ExecuteNonQuery() == 1;
    }

    public bool RegistreerEenmalig(string id, DateTimeOffset bewarenTot, DateTimeOffset nu)
    {
        using var connection = dialect.Open();
        using var command = connection.Sql(null,
            "INSERT INTO saml_replay (id, bewaren_tot) VALUES (@id, @tot) "
            + "ON CONFLICT (id) DO UPDATE SET bewaren_tot = excluded.bewaren_tot WHERE saml_replay.bewaren_tot <= @nu")
            .With("@id", id)
            .WithValue("@tot", dialect.Tijd(bewarenTot))
            .WithValue("@nu", dialect.Tijd(nu));
        return command.ExecuteNonQuery() == 1;
    }

    public async Task BewaarTerugkeeradresAsync(string sleutel, string adres, DateTimeOffset geldigTot, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null, "INSERT INTO toegang_terugkeer (sleutel, adres, geldig_tot) VALUES (@sleutel, @adres, @tot)")
            .With("@sleutel", sleutel)
            .With("@adres", adres)
            .WithValue("@tot", dialect.Tijd(geldigTot));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<string?> NeemTerugkeeradresAsync(string sleutel, DateTimeOffset nu, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Sql(null, "DELETE FROM toegang_terugkeer WHERE sleutel = @sleutel AND geldig_tot > @nu RETURNING adres")
            .With("@sleutel", sleutel)
            .WithValue("@nu", dialect.Tijd(nu));
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public async Task<int> RuimVerlopenOpAsync(DateTimeOffset nu, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var verwijderd = 0;
        foreach (var sql in (string[])[
            "DELETE FROM saml_uitstaand_verzoek WHERE geldig_tot <= @nu",
            "DELETE FROM saml_replay WHERE bewaren_tot <= @nu",
            "DELETE FROM toegang_terugkeer WHERE geldig_tot <= @nu"])
        {
            await using var command = connection.Sql(null, sql).WithValue("@nu", dialect.Tijd(nu));
            verwijderd += await command.ExecuteNonQueryAsync(ct);
        }

        return verwijderd;
    }
}
