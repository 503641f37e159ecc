using System.Data.Common;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Storage.Sql;

namespace Keten.Storage.Rod;

/// <summary>The select lists of the ROD tables and how their rows become domain records (dates are integer yyyymmdd).</summary>
internal static class RodKolommen
{
    public const string Inschrijving = "i.versie, i.inschrijving_id, i.sector, i.brin, i.persoon_soort, i.persoon, i.volgnummer, i.datum_inschrijving, "
        + "i.datum_uitschrijving_gepland, i.datum_uitschrijving_werkelijk, i.hoogste_vooropleiding, i.reden_uitstroom";

    public const string Periode = "p.versie, p.datum_begin, p.opleidingcode, p.niveau, p.indicatie_bekostigbaar, p.onderwijsaanbiedercode, p.leertraject, "
        + "p.leerjaar, p.vestiging, p.onderwijslocatiecode, p.locatiecode_vsv, p.aangeboden_opleiding, p.leerroute, p.leerroutefase, p.samenwerkende_aanbieder";

    public const string Bpv = "b.versie, b.volgnummer, b.afsluitdatum, b.datum_begin, b.datum_einde_gepland, b.datum_einde_werkelijk, b.leerbedrijf_id, b.omvang_uren, b.opleidingcode";

    public const string Diploma = "d.versie, d.resultaatvolgnummer, d.opleidingcode, d.datum_resultaat, d.indicatie_bekostigbaar";

    public const string Persoonsgegevens = "pe.persoon_soort, pe.persoon, pe.geboortedatum, pe.geslacht";

    public const string Ketensignaal = "k.code, k.persoon_soort, k.persoon, k.vo_brin, k.vo_volgnummer, k.mbo_brin, k.mbo_volgnummer, k.begindatum, k.einddatum";

    /// <summary>
    /// Adds the four reads of <see cref="LeesInschrijvingenAsync"/>: the versions of rod_inschrijving (alias i) that match
    /// <paramref name="waar"/> in the order <paramref name="volgorde"/>, and their periods, BPVs and diplomas.
    /// </summary>
    public static Opdracht Inschrijvingen(Opdracht opdracht, string waar, string volgorde = "i.versie") => opdracht
        .Statement($"SELECT {Inschrijving} FROM rod_inschrijving i WHERE {waar} ORDER BY {volgorde}")
        .Statement($"SELECT {Periode} FROM rod_periode p JOIN rod_inschrijving i ON i.versie = p.versie WHERE {waar} ORDER BY p.versie")
        .Statement($"SELECT {Bpv} FROM rod_bpv b JOIN rod_inschrijving i ON i.versie = b.versie WHERE {waar} ORDER BY b.versie")
        .Statement($"SELECT {Diploma} FROM rod_diploma d JOIN rod_inschrijving i ON i.versie = d.versie WHERE {waar} ORDER BY d.versie");

    /// <summary>The version known at the moment: registered at or before it and not yet replaced then (NULL: the current one).</summary>
    public const string BekendOp = "i.geregistreerd_van <= @bekendOp AND (i.geregistreerd_tot IS NULL OR i.geregistreerd_tot > @bekendOp)";

    /// <summary>The versions of alias <paramref name="alias"/> known at a moment (parameter @bekendOp), or the current ones when there is none.</summary>
    public static string Bekend(DateTimeOffset? bekendOp, string alias = "i") =>
        (bekendOp is null ? "i.geregistreerd_tot IS NULL" : BekendOp).Replace("i.", alias + ".", StringComparison.Ordinal);

    public static string Soort(Persoonsnummer p) => p.Soort == PersoonsnummerSoort.Bsn ? "BSN" : "ONR";

    public static Persoonsnummer Persoon(string soort, string nummer) =>
        new(soort == "BSN" ? PersoonsnummerSoort.Bsn : PersoonsnummerSoort.Onderwijsnummer, nummer);

    public static DateOnly Datum(int dag) => new(dag / 10000, dag / 100 % 100, dag % 100);

    /// <summary>
    /// Reads four result sets (enrolment versions, their periods, BPVs and diplomas, each ordered by versie) into
    /// enrolments, in the order of the first set.
    /// </summary>
    public static async Task<List<OpgeslagenInschrijving>> LeesInschrijvingenAsync(DbDataReader reader, CancellationToken ct)
    {
        var koppen = new List<(long Versie, string Id, Inschrijving Kop)>();
        while (await reader.ReadAsync(ct))
        {
            koppen.Add((reader.GetInt64(0), reader.GetString(1), LeesKop(reader)));
        }

        var perioden = await LeesAsync(reader, LeesPeriode, ct);
        var bpvs = await LeesAsync(reader, LeesBpv, ct);
        var diplomas = await LeesAsync(reader, LeesDiploma, ct);
        return [.. koppen.Select(k => new OpgeslagenInschrijving(k.Id, k.Kop with
        {
            Perioden = [.. perioden[k.Versie].OrderBy(p => p.DatumBegin)],
            Bpvs = [.. bpvs[k.Versie]],
            Diplomas = [.. diplomas[k.Versie]],
        }))];
    }

    public const string PersoonMetGegevens = "persoon_soort, persoon, achternaam, voorvoegsel, voornamen, geboortedatum, geslacht, postcode";

    public static GeregistreerdPersoon LeesPersoon(DbDataReader r) => new(
        Persoon(r.GetString(0), r.GetString(1)),
        new Domain.Rod.Identificatie.Persoonsgegevens(r.GetString(2), TekstOfNull(r, 3), TekstOfNull(r, 4), r.GetString(5), r.GetString(6), TekstOfNull(r, 7)));

    /// <summary>The next result set, of <see cref="Persoonsgegevens"/>: per person the birth date and geslacht (either may be null).</summary>
    public static async Task<Dictionary<Persoonsnummer, (string? Geboortedatum, string? Geslacht)>> LeesPersoonsgegevensAsync(DbDataReader reader, CancellationToken ct)
    {
        await reader.NextResultAsync(ct);
        var personen = new Dictionary<Persoonsnummer, (string?, string?)>();
        while (await reader.ReadAsync(ct))
        {
            personen[Persoon(reader.GetString(0), reader.GetString(1))] = (TekstOfNull(reader, 2), TekstOfNull(reader, 3));
        }

        return personen;
    }

    public static Ketensignaal LeesKetensignaal(DbDataReader r) => new(
        r.GetString(0), Persoon(r.GetString(1), r.GetString(2)),
        new Domain.Gemeenschappelijk.Geldigheid(Datum(r.GetInt32(7)), r.IsDBNull(8) ? null : Datum(r.GetInt32(8))),
        r.IsDBNull(3) ? null : new InschrijvingSleutel(r.GetString(3), Persoon(r.GetString(1), r.GetString(2)), r.GetString(4)),
        r.IsDBNull(5) ? null : new InschrijvingSleutel(r.GetString(5), Persoon(r.GetString(1), r.GetString(2)), r.GetString(6)));

    private static Inschrijving LeesKop(DbDataReader r) => new(
        Enum.Parse<Sector>(r.GetString(2)), r.GetString(3), Persoon(r.GetString(4), r.GetString(5)), r.GetString(6),
        Datum(r.GetInt32(7)), DatumOfNull(r, 8), DatumOfNull(r, 9), TekstOfNull(r, 10), TekstOfNull(r, 11), [], [], []);

    private static Inschrijvingsperiode LeesPeriode(DbDataReader r) => new(
        Datum(r.GetInt32(1)), r.GetString(2), TekstOfNull(r, 3), r.GetBoolean(4), r.GetString(5), TekstOfNull(r, 6),
        r.IsDBNull(7) ? null : r.GetInt32(7), TekstOfNull(r, 8), TekstOfNull(r, 9), TekstOfNull(r, 10),
        r.IsDBNull(11) ? null : Guid.Parse(r.GetString(11)),
        r.IsDBNull(12) ? null : Enum.Parse<Leerroutesoort>(r.GetString(12)),
        r.IsDBNull(13) ? null : Enum.Parse<Leerroutefase>(r.GetString(13)),
        TekstOfNull(r, 14));

    private static Domain.Rod.Bpv LeesBpv(DbDataReader r) => new(
        r.GetString(1), Datum(r.GetInt32(2)), Datum(r.GetInt32(3)), Datum(r.GetInt32(4)), DatumOfNull(r, 5), r.GetString(6),
        r.IsDBNull(7) ? null : r.GetInt32(7), r.GetString(8));

    private static Domain.Rod.Diploma LeesDiploma(DbDataReader r) => new(r.GetString(1), r.GetString(2), Datum(r.GetInt32(3)), r.GetBoolean(4));

    private static async Task<ILookup<long, T>> LeesAsync<T>(DbDataReader reader, Func<DbDataReader, T> lees, CancellationToken ct)
    {
        await reader.NextResultAsync(ct);
        var rijen = new List<(long, T)>();
        while (await reader.ReadAsync(ct))
        {
            rijen.Add((reader.GetInt64(0), lees(reader)));
        }

        return rijen.ToLookup(r => r.Item1, r => r.Item2);
    }

    private static DateOnly? DatumOfNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Datum(r.GetInt32(i));

    private static string? TekstOfNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
