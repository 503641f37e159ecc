using System.Data.Common;
using System.Globalization;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Storage.Sql;

namespace Keten.Storage.Rod;

/// <summary><see cref="IRodTransactie"/> on the connection and transaction of one <see cref="RioTransactie"/>.</summary>
internal sealed class RodTransactie(DbConnection connection, DbTransaction transaction, SqlDialect dialect, Sleutelsloten sloten) : IRodTransactie
{
    private const string VanPersoon = "i.persoon_soort = @ps AND i.persoon = @p AND i.geregistreerd_tot IS NULL AND NOT i.verwijderd";

    public async Task<RodPersoonsdossier> LeesPersoonAsync(Persoonsnummer persoon, CancellationToken ct)
    {
        var opdracht = new Opdracht(connection, transaction);
        var metSlot = sloten.Gemengd(opdracht, [(Persoonslot(persoon), true)]);
        opdracht.Statement("SELECT COUNT(*) FROM rod_persoon WHERE persoon_soort = @ps AND persoon = @p");
        RodKolommen.Inschrijvingen(opdracht, VanPersoon)
            .Statement($"SELECT {RodKolommen.Ketensignaal} FROM rod_ketensignaal k WHERE k.persoon_soort = @ps AND k.persoon = @p AND k.open ORDER BY k.sleutel")
            .Parameter("@ps", RodKolommen.Soort(persoon)).Parameter("@p", persoon.Waarde);

        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (metSlot)
        {
            await reader.NextResultAsync(ct);
        }

        await reader.ReadAsync(ct);
        var bekend = reader.GetInt64(0) > 0;
        await reader.NextResultAsync(ct);
        var inschrijvingen = await RodKolommen.LeesInschrijvingenAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var signalen = new List<Ketensignaal>();
        while (await reader.ReadAsync(ct))
        {
            signalen.Add(RodKolommen.LeesKetensignaal(reader));
        }

        return new RodPersoonsdossier(bekend, inschrijvingen, signalen);
    }

    public async Task<IReadOnlyList<RioObject>> LeerlijnOpleidingenAsync(IReadOnlyCollection<string> aanbieders, CancellationToken ct)
    {
        if (aanbieders.Count == 0)
        {
            return [];
        }

        var namen = aanbieders.Distinct().Select((a, i) => (Aanbieder: a, Parameter: string.Create(CultureInfo.InvariantCulture, $"@a{i}"))).ToList();
        var lijst = string.Join(", ", namen.Select(n => n.Parameter));
        await using var command = connection.Sql(transaction,
            $"SELECT sleutel FROM rio_object WHERE soort = 'AangebodenOpleiding' AND doorlopende_leerlijn IS NOT NULL AND NOT verwijderd "
            + $"AND (onderwijsaanbiedercode IN ({lijst}) OR sleutel IN (SELECT van_sleutel FROM verwijzing WHERE van_soort = 'AangebodenOpleiding' "
            + $"AND naar_soort = 'Onderwijsaanbieder' AND naar_sleutel IN ({lijst})))");
        foreach (var (aanbieder, parameter) in namen)
        {
            command.With(parameter, aanbieder);
        }

        var sleutels = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                sleutels.Add(reader.GetString(0));
            }
        }

        // Read again after the shared locks: a change committed in between is seen, a later one waits for this transaction.
        return sleutels.Count == 0 ? [] : [.. (await RioObjectLezer.GetManyAsync(connection, transaction, dialect, RioObjectSoort.AangebodenOpleiding, sleutels, ct,
            c => sloten.ZetVoor(c, [.. sleutels.Select(s => Sleutelsloten.Object(RioObjectSoort.AangebodenOpleiding, s))], exclusief: false)))
            .Where(o => !o.Verwijderd)];
    }

    public async Task<IReadOnlyList<GeregistreerdPersoon>> ZoekPersonenAsync(Persoonsgegevens gegevens, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        var opdracht = new Opdracht(connection, transaction);
        var metSlot = sloten.Gemengd(opdracht, [($"identificatie\0{gegevens.Geboortedatum}\0{gegevens.Zoeknaam}", true)]);
        opdracht.Statement($"SELECT {RodKolommen.PersoonMetGegevens} FROM rod_persoon WHERE geboortedatum = @gd AND zoeknaam = @zn ORDER BY persoon_soort, persoon")
            .Parameter("@gd", gegevens.Geboortedatum).Parameter("@zn", gegevens.Zoeknaam);
        await using var command = opdracht.Command();
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (metSlot)
        {
            await reader.NextResultAsync(ct);
        }

        var personen = new List<GeregistreerdPersoon>();
        while (await reader.ReadAsync(ct))
        {
            personen.Add(RodKolommen.LeesPersoon(reader));
        }

        return personen;
    }

    public static string Persoonslot(Persoonsnummer persoon) => $"persoon\0{RodKolommen.Soort(persoon)}\0{persoon.Waarde}";
}
