using System.Data.Common;
using Keten.Domain.Rod;
using Keten.Storage.Sql;
using static Keten.Storage.Sql.DbCommandExtensions;

namespace Keten.Storage.Rod;

/// <summary>
/// The statements of a <see cref="RodCommit"/>, added to the commit's one command: per enrolment the current version
/// closed and the new one inserted with its periods, BPVs and diplomas (found by the current-version index, so no id
/// has to come back first); the persons newly registered; per chain signal its current row and a history row for the feed.
/// </summary>
internal static class RodSchrijven
{
    private const string Huidig = "brin = @brin AND persoon_soort = @ps AND persoon = @p AND volgnummer = @vn AND geregistreerd_tot IS NULL";

    private const string SluitSql = $"UPDATE rod_inschrijving SET geregistreerd_tot = @nu WHERE {Huidig}";

    private const string VersieSql = """
        INSERT INTO rod_inschrijving (inschrijving_id, sector, brin, persoon_soort, persoon, volgnummer, onderwijsbestuurcode, datum_inschrijving,
            datum_uitschrijving_gepland, datum_uitschrijving_werkelijk, hoogste_vooropleiding, reden_uitstroom, verwijderd, geregistreerd_van, bedrijfsdocument_id)
        VALUES (@id, @sector, @brin, @ps, @p, @vn, @obc, @di, @dug, @duw, @hv, @ru, @weg, @nu, @document)
        """;

    private const string Versie = $"(SELECT versie FROM rod_inschrijving WHERE {Huidig})";

    private const string PeriodeSql = $"""
        INSERT INTO rod_periode (versie, datum_begin, datum_eind, opleidingcode, niveau, indicatie_bekostigbaar, onderwijsaanbiedercode, leertraject, leerjaar,
            vestiging, onderwijslocatiecode, locatiecode_vsv, aangeboden_opleiding, leerroute, leerroutefase, samenwerkende_aanbieder)
        VALUES ({Versie}, @begin, @eind, @opl, @niveau, @bek, @oac, @lt, @lj, @vest, @loc, @vsv, @ao, @lr, @fase, @partner)
        """;

    private const string BpvSql = $"""
        INSERT INTO rod_bpv (versie, volgnummer, afsluitdatum, datum_begin, datum_einde_gepland, datum_einde_werkelijk, leerbedrijf_id, omvang_uren, opleidingcode)
        VALUES ({Versie}, @bvn, @afsluit, @begin, @gepland, @werkelijk, @leerbedrijf, @omvang, @opl)
        """;

    private const string DiplomaSql = $"""
        INSERT INTO rod_diploma (versie, resultaatvolgnummer, opleidingcode, datum_resultaat, indicatie_bekostigbaar)
        VALUES ({Versie}, @rvn, @opl, @datum, @bek)
        """;

    private const string PersoonSql = "INSERT INTO rod_persoon (persoon_soort, persoon, geregistreerd_op) VALUES (@ps, @p, @nu) ON CONFLICT DO NOTHING";

    private const string PersoonMetGegevensSql = """
        INSERT INTO rod_persoon (persoon_soort, persoon, geboortedatum, geslacht, achternaam, voorvoegsel, voornamen, postcode, zoeknaam, geregistreerd_op)
        VALUES (@ps, @p, @gd, @gs, @an, @vv, @vn, @pc, @zn, @nu)
        ON CONFLICT (persoon_soort, persoon) DO UPDATE SET geboortedatum = excluded.geboortedatum, geslacht = excluded.geslacht,
            achternaam = excluded.achternaam, voorvoegsel = excluded.voorvoegsel, voornamen = excluded.voornamen, postcode = excluded.postcode,
            zoeknaam = excluded.zoeknaam
        """;

    private const string HerberekeningSql = """
        INSERT INTO rod_herberekening (onderwijsaanbiedercode, versie, aangemeld_op) VALUES (@oac, 1, @nu)
        ON CONFLICT (onderwijsaanbiedercode) DO UPDATE SET versie = rod_herberekening.versie + 1
        """;

    private const string SignaalSql = """
        INSERT INTO rod_ketensignaal (sleutel, code, persoon_soort, persoon, vo_brin, vo_volgnummer, mbo_brin, mbo_volgnummer, begindatum, einddatum, open, gewijzigd_op)
        VALUES (@sleutel, @code, @ps, @p, @vob, @vov, @mbob, @mbov, @begin, @eind, @open, @nu)
        ON CONFLICT (sleutel) DO UPDATE SET einddatum = excluded.einddatum, open = excluded.open, gewijzigd_op = excluded.gewijzigd_op
        """;

    private const string SignaalHistorieSql = """
        INSERT INTO rod_ketensignaal_historie (sleutel, open, einddatum, vo_brin, mbo_brin, geregistreerd_op) VALUES (@sleutel, @open, @eind, @vob, @mbob, @nu)
        """;

    /// <summary>
    /// The chain signals of a commit as rows of two prepared statements, each run per signal (<see cref="RodBulkschrijver.PerRijAsync"/>):
    /// the same rows <see cref="VoegToe"/> writes, for SQLite's bulk path.
    /// </summary>
    public static async Task SignalenPerRijAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Ketensignaalwijziging> signalen, object nu,
        CancellationToken ct)
    {
        await RodBulkschrijver.PerRijAsync(connection, transaction, SignaalSql,
            ["@sleutel", "@code", "@ps", "@p", "@vob", "@vov", "@mbob", "@mbov", "@begin", "@eind", "@open", "@nu"],
            signalen.Select(w => new object?[]
            {
                w.Signaal.Sleutel, w.Signaal.Code, RodKolommen.Soort(w.Signaal.Persoon), w.Signaal.Persoon.Waarde, w.Signaal.VoInschrijving?.Brin,
                w.Signaal.VoInschrijving?.Inschrijvingvolgnummer, w.Signaal.MboInschrijving?.Brin, w.Signaal.MboInschrijving?.Inschrijvingvolgnummer,
                DbCommandExtensions.Dag(w.Signaal.Periode.Begindatum), DagOfNull(w.Signaal.Periode.Einddatum), w.Open, nu,
            }), ct);
        await RodBulkschrijver.PerRijAsync(connection, transaction, SignaalHistorieSql, ["@sleutel", "@open", "@eind", "@vob", "@mbob", "@nu"],
            signalen.Select(w => new object?[]
            {
                w.Signaal.Sleutel, w.Open, DagOfNull(w.Signaal.Periode.Einddatum), w.Signaal.VoInschrijving?.Brin, w.Signaal.MboInschrijving?.Brin, nu,
            }), ct);
    }

    public static void VoegToe(Opdracht opdracht, RodCommit commit)
    {
        var k = 0;
        foreach (var persoon in commit.NieuwePersonen.Distinct())
        {
            Persoon(opdracht.Statement(PersoonSql, k), k++, persoon);
        }

        foreach (var (persoon, g) in commit.PersonenMetGegevens ?? [])
        {
            Persoon(opdracht.Statement(PersoonMetGegevensSql, k), k, persoon)
                .Parameter("@gd", k, g.Geboortedatum).Parameter("@gs", k, g.Geslacht).Parameter("@an", k, g.Achternaam).Parameter("@vv", k, g.Voorvoegsel)
                .Parameter("@vn", k, g.Voornamen).Parameter("@pc", k, g.GenormaliseerdePostcode).Parameter("@zn", k, g.Zoeknaam);
            k++;
        }

        foreach (var aanbieder in (commit.Herberekenen ?? []).Distinct(StringComparer.Ordinal))
        {
            opdracht.Statement(HerberekeningSql, k).Parameter("@oac", k++, aanbieder);
        }

        foreach (var versie in commit.Versies)
        {
            var i = versie.Staat;
            Sleutel(opdracht.Statement(SluitSql, k).Statement(VersieSql, k), k, i)
                .Parameter("@id", k, versie.InschrijvingId).Parameter("@sector", k, i.Sector.ToString()).Parameter("@obc", k, versie.Onderwijsbestuurcode)
                .Parameter("@di", k, i.DatumInschrijving).Parameter("@dug", k, i.DatumUitschrijvingGepland).Parameter("@duw", k, i.DatumUitschrijvingWerkelijk)
                .Parameter("@hv", k, i.HoogsteVooropleiding).Parameter("@ru", k, i.RedenUitstroom).Parameter("@weg", k, versie.Verwijderd);
            k++;
            if (versie.Verwijderd)
            {
                continue;
            }

            foreach (var p in i.Perioden)
            {
                Sleutel(opdracht.Statement(PeriodeSql, k), k, i)
                    .Parameter("@begin", k, p.DatumBegin).Parameter("@eind", k, i.EindeVan(p)).Parameter("@opl", k, p.Opleidingcode).Parameter("@niveau", k, p.Niveau)
                    .Parameter("@bek", k, p.IndicatieBekostigbaar).Parameter("@oac", k, p.Onderwijsaanbiedercode).Parameter("@lt", k, p.Leertraject)
                    .Parameter("@lj", k, p.Leerjaar).Parameter("@vest", k, p.Vestiging).Parameter("@loc", k, p.Onderwijslocatiecode)
                    .Parameter("@vsv", k, p.LocatiecodeVsv).Parameter("@ao", k, p.AangebodenOpleidingCode?.ToString("D"))
                    .Parameter("@lr", k, p.Leerroute?.ToString()).Parameter("@fase", k, p.Leerroutefase?.ToString())
                    .Parameter("@partner", k, p.SamenwerkendeOnderwijsaanbiedercode);
                k++;
            }

            foreach (var b in i.Bpvs)
            {
                Sleutel(opdracht.Statement(BpvSql, k), k, i)
                    .Parameter("@bvn", k, b.Volgnummer).Parameter("@afsluit", k, b.Afsluitdatum).Parameter("@begin", k, b.DatumBegin)
                    .Parameter("@gepland", k, b.DatumEindeGepland).Parameter("@werkelijk", k, b.DatumEindeWerkelijk)
                    .Parameter("@leerbedrijf", k, b.LeerbedrijfId).Parameter("@omvang", k, b.OmvangUren).Parameter("@opl", k, b.Opleidingcode);
                k++;
            }

            foreach (var d in i.Diplomas)
            {
                Sleutel(opdracht.Statement(DiplomaSql, k), k, i)
                    .Parameter("@rvn", k, d.Resultaatvolgnummer).Parameter("@opl", k, d.Opleidingcode).Parameter("@datum", k, d.DatumResultaat)
                    .Parameter("@bek", k, d.IndicatieBekostigbaar);
                k++;
            }
        }

        foreach (var (signaal, open) in commit.Signalen)
        {
            Persoon(opdracht.Statement(SignaalSql, k), k, signaal.Persoon)
                .Parameter("@code", k, signaal.Code).Parameter("@vov", k, signaal.VoInschrijving?.Inschrijvingvolgnummer)
                .Parameter("@mbov", k, signaal.MboInschrijving?.Inschrijvingvolgnummer).Parameter("@begin", k, signaal.Periode.Begindatum);
            Signaal(opdracht, k++, signaal, open);
            Signaal(opdracht.Statement(SignaalHistorieSql, k), k++, signaal, open);
        }
    }

    private static Opdracht Signaal(Opdracht opdracht, int k, Domain.Rod.Ketensignalen.Ketensignaal signaal, bool open) =>
        opdracht.Parameter("@sleutel", k, signaal.Sleutel).Parameter("@vob", k, signaal.VoInschrijving?.Brin).Parameter("@mbob", k, signaal.MboInschrijving?.Brin)
            .Parameter("@eind", k, signaal.Periode.Einddatum).Parameter("@open", k, open);

    private static Opdracht Sleutel(Opdracht opdracht, int k, Inschrijving i) =>
        Persoon(opdracht, k, i.Persoon).Parameter("@brin", k, i.Brin).Parameter("@vn", k, i.Inschrijvingvolgnummer);

    private static Opdracht Persoon(Opdracht opdracht, int k, Persoonsnummer p) =>
        opdracht.Parameter("@ps", k, RodKolommen.Soort(p)).Parameter("@p", k, p.Waarde);
}
