using System.Globalization;
using System.Text;
using Keten.Application.Rod.Batch;
using static Keten.Application.Rod.Batch.BatchKolommen;

namespace Keten.Server.Tests.Rod.Batch;

/// <summary>
/// Batch files for tests on the demo content: MBO enrolments at ROC Voorbeeld (BRIN 99MA, aanbieder 110A001, CREBO
/// 25336, BOL). Persons get synthetic BSNs (99 followed by a counter, with a valid 11-proef check digit).
/// </summary>
internal static class BatchBestanden
{
    public const string Brin = "99MA";

    public static string Kop => string.Join(';', Alle);

    public static string Regel(params (string Kolom, string? Waarde)[] velden) =>
        string.Join(';', Alle.Select(k => velden.FirstOrDefault(v => v.Kolom == k).Waarde ?? ""));

    public static string Isg(string mutatiesoort, string bsn, string volgnummer, params (string Kolom, string? Waarde)[] extra) =>
        Regel([(Recordsoort, "ISG"), (Mutatiesoort, mutatiesoort), (Sector, "MBO"), (BatchKolommen.Brin, Brin), (Burgerservicenummer, bsn),
            (Inschrijvingvolgnummer, volgnummer), .. extra]);

    public static string MboT(string bsn, string volgnummer, string datum) =>
        Isg("T", bsn, volgnummer, (DatumInschrijving, datum), (HoogsteVooropleiding, "04"));

    public static string Isp(string volgnummer, string datumBegin, params (string Kolom, string? Waarde)[] anders)
    {
        (string, string?)[] velden = [(Recordsoort, "ISP"), (Inschrijvingvolgnummer, volgnummer), (DatumBegin, datumBegin), (Opleidingcode, "25336"),
            (IndicatieBekostigbaar, "J"), (Onderwijsaanbiedercode, "110A001"), (Leertraject, "BOL")];
        return Regel([.. velden.Where(v => anders.All(a => a.Kolom != v.Item1)), .. anders]);
    }

    public static string Bestand(IEnumerable<string> regels) => string.Join('\n', [Kop, .. regels]) + "\n";

    public static Stream Stroom(string bestand) => new MemoryStream(Encoding.UTF8.GetBytes(bestand));

    /// <summary>The n-th synthetic BSN (n from 0 to 99999): 99, n in five digits, a digit and the check digit that passes the 11-proef.</summary>
    public static string Bsn(int n)
    {
        for (var cijfer = 0; ; cijfer++)
        {
            var basis = "99" + n.ToString("D5", CultureInfo.InvariantCulture) + cijfer.ToString(CultureInfo.InvariantCulture);
            var controle = basis.Select((c, i) => (9 - i) * (c - '0')).Sum() % 11;
            if (controle < 10)
            {
                return basis + controle.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>
    /// A file of <paramref name="leerlingen"/> pupils, each with a T, then for every third an A with a second period and
    /// an U, and every seventh a T with a bad date: mutations that depend on each other, and refusals among them.
    /// </summary>
    public static string Groot(int leerlingen)
    {
        var regels = new List<string>();
        for (var i = 0; i < leerlingen; i++)
        {
            var bsn = Bsn(i);
            regels.Add(MboT(bsn, "M1", "2026-08-01"));
            regels.Add(Isp("M1", "2026-08-01"));
            if (i % 3 == 0)
            {
                regels.Add(Isg("A", bsn, "M1", (DatumInschrijving, "2026-08-01"), (HoogsteVooropleiding, "04")));
                regels.Add(Isp("M1", "2026-08-01"));
                regels.Add(Isp("M1", "2027-01-01", (Leertraject, "BBL")));
                regels.Add(Isg("U", bsn, "M1", (DatumUitschrijvingWerkelijk, "2027-06-30"), (RedenUitstroom, "02")));
            }

            if (i % 7 == 0)
            {
                regels.Add(MboT(bsn, "M2", "2026-02-30"));
                regels.Add(Isp("M2", "2026-02-30"));
            }
        }

        return Bestand(regels);
    }
}
