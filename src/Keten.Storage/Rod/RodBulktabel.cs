using Keten.Domain.Rod;
using Keten.Storage.Sql;
using NpgsqlTypes;
using static Keten.Storage.Sql.DbCommandExtensions;

namespace Keten.Storage.Rod;

/// <summary>One table the bulk path fills, with its columns and their PostgreSQL types (for COPY's binary format).</summary>
internal sealed record RodBulktabel(string Naam, IReadOnlyList<(string Kolom, NpgsqlDbType Type)> Kolommen)
{
    private const NpgsqlDbType Tekst = NpgsqlDbType.Text;
    private const NpgsqlDbType Dag = NpgsqlDbType.Integer;

    public static RodBulktabel Inschrijving { get; } = new("rod_inschrijving",
    [
        ("versie", NpgsqlDbType.Bigint), ("inschrijving_id", Tekst), ("sector", Tekst), ("brin", Tekst), ("persoon_soort", Tekst), ("persoon", Tekst),
        ("volgnummer", Tekst), ("onderwijsbestuurcode", Tekst), ("datum_inschrijving", Dag), ("datum_uitschrijving_gepland", Dag),
        ("datum_uitschrijving_werkelijk", Dag), ("hoogste_vooropleiding", Tekst), ("reden_uitstroom", Tekst), ("verwijderd", NpgsqlDbType.Boolean),
        ("geregistreerd_van", NpgsqlDbType.TimestampTz), ("geregistreerd_tot", NpgsqlDbType.TimestampTz), ("bedrijfsdocument_id", Tekst),
    ]);

    public static RodBulktabel Periode { get; } = new("rod_periode",
    [
        ("versie", NpgsqlDbType.Bigint), ("datum_begin", Dag), ("datum_eind", Dag), ("opleidingcode", Tekst), ("niveau", Tekst),
        ("indicatie_bekostigbaar", NpgsqlDbType.Boolean), ("onderwijsaanbiedercode", Tekst), ("leertraject", Tekst), ("leerjaar", NpgsqlDbType.Integer),
        ("vestiging", Tekst), ("onderwijslocatiecode", Tekst), ("locatiecode_vsv", Tekst), ("aangeboden_opleiding", Tekst), ("leerroute", Tekst),
        ("leerroutefase", Tekst), ("samenwerkende_aanbieder", Tekst),
    ]);

    public static RodBulktabel Bpv { get; } = new("rod_bpv",
    [
        ("versie", NpgsqlDbType.Bigint), ("volgnummer", Tekst), ("afsluitdatum", Dag), ("datum_begin", Dag), ("datum_einde_gepland", Dag),
        ("datum_einde_werkelijk", Dag), ("leerbedrijf_id", Tekst), ("omvang_uren", NpgsqlDbType.Integer), ("opleidingcode", Tekst),
    ]);

    public static RodBulktabel Diploma { get; } = new("rod_diploma",
    [
        ("versie", NpgsqlDbType.Bigint), ("resultaatvolgnummer", Tekst), ("opleidingcode", Tekst), ("datum_resultaat", Dag), ("indicatie_bekostigbaar", NpgsqlDbType.Boolean),
    ]);

    public static RodBulktabel Persoon { get; } = new("rod_persoon", [("persoon_soort", Tekst), ("persoon", Tekst), ("geregistreerd_op", NpgsqlDbType.TimestampTz)]);

    public static IReadOnlyList<RodBulktabel> Alle { get; } = [Persoon, Inschrijving, Periode, Bpv, Diploma];

    /// <summary>The same table under another name (the benchmark's copies).</summary>
    public RodBulktabel Als(string naam) => this with { Naam = naam };
}

/// <summary>
/// The rows of the enrolment tables for a set of versions and persons, in the order the tables must be filled (each
/// version's children after it). A version written and replaced in the same set is closed at once (registered and
/// replaced at the same moment), so only the last version of an enrolment is current.
/// </summary>
internal sealed class RodBulkrijen
{
    public Dictionary<RodBulktabel, List<object?[]>> Rijen { get; } = RodBulktabel.Alle.ToDictionary(t => t, _ => new List<object?[]>());

    public static RodBulkrijen Van(IReadOnlyList<InschrijvingVersie> versies, IReadOnlyList<long> versienummers, IEnumerable<Persoonsnummer> personen, object nu, string? document)
    {
        var rijen = new RodBulkrijen();
        foreach (var p in personen)
        {
            rijen.Rijen[RodBulktabel.Persoon].Add([RodKolommen.Soort(p), p.Waarde, nu]);
        }

        var laatste = new Dictionary<InschrijvingSleutel, int>();
        for (var v = 0; v < versies.Count; v++)
        {
            laatste[versies[v].Staat.Sleutel] = v;
        }

        for (var v = 0; v < versies.Count; v++)
        {
            rijen.Voeg(versies[v], versienummers[v], nu, gesloten: laatste[versies[v].Staat.Sleutel] != v, document);
        }

        return rijen;
    }

    private void Voeg(InschrijvingVersie versie, long nummer, object nu, bool gesloten, string? document)
    {
        var i = versie.Staat;
        Rijen[RodBulktabel.Inschrijving].Add([nummer, versie.InschrijvingId, i.Sector.ToString(), i.Brin, RodKolommen.Soort(i.Persoon), i.Persoon.Waarde,
            i.Inschrijvingvolgnummer, versie.Onderwijsbestuurcode, DagOfNull(i.DatumInschrijving), DagOfNull(i.DatumUitschrijvingGepland), DagOfNull(i.DatumUitschrijvingWerkelijk),
            i.HoogsteVooropleiding, i.RedenUitstroom, versie.Verwijderd, nu, gesloten ? nu : null, document]);
        if (versie.Verwijderd)
        {
            return;
        }

        foreach (var p in i.Perioden)
        {
            Rijen[RodBulktabel.Periode].Add([nummer, DagOfNull(p.DatumBegin), DagOfNull(i.EindeVan(p)), p.Opleidingcode, p.Niveau, p.IndicatieBekostigbaar, p.Onderwijsaanbiedercode,
                p.Leertraject, p.Leerjaar, p.Vestiging, p.Onderwijslocatiecode, p.LocatiecodeVsv, p.AangebodenOpleidingCode?.ToString("D"), p.Leerroute?.ToString(),
                p.Leerroutefase?.ToString(), p.SamenwerkendeOnderwijsaanbiedercode]);
        }

        foreach (var b in i.Bpvs)
        {
            Rijen[RodBulktabel.Bpv].Add([nummer, b.Volgnummer, DagOfNull(b.Afsluitdatum), DagOfNull(b.DatumBegin), DagOfNull(b.DatumEindeGepland), DagOfNull(b.DatumEindeWerkelijk),
                b.LeerbedrijfId, b.OmvangUren, b.Opleidingcode]);
        }

        foreach (var d in i.Diplomas)
        {
            Rijen[RodBulktabel.Diploma].Add([nummer, d.Resultaatvolgnummer, d.Opleidingcode, DagOfNull(d.DatumResultaat), d.IndicatieBekostigbaar]);
        }
    }
}
