using System.Text;
using Keten.Application.Bekostiging;

namespace Keten.Server.Tests.Bekostiging;

/// <summary>The TBG-i as CSV for the command line: DUO's names as the header, one line per enrolment per teldatum, one per diploma.</summary>
public sealed class TbgiCsvSchrijverTests
{
    [Fact]
    public async Task Every_enrolment_has_a_line_per_teldatum_with_duos_names_and_formats()
    {
        var regels = await InschrijvingregelsAsync();

        var kop = regels[0].Split(';');
        Assert.Equal(TbgiCsvKolommen.Inschrijvingkop, kop);
        Assert.All(regels.Skip(1), r => Assert.Equal(kop.Length, r.Split(';').Length));
        var bol = Regels(regels, "1");
        Assert.Equal(2, bol.Count);
        Assert.Equal(["2024-10-01", "2025-11-21 10:42:29", "V", "17", "25180", "MBO-4", "BOL", "", "true", "true", "true", "1.00", "1.00", "0.800000", "", "MBO", "B01"],
            bol[0][Kolom("Teldatum")..(Kolom("Redencode") + 1)]);
        Assert.Equal("B01,B10", bol[1][Kolom("Signaalcodes")]);
    }

    [Fact]
    public async Task An_enrolment_without_teldata_gets_one_line_that_says_why()
    {
        var zonder = Assert.Single(Regels(await InschrijvingregelsAsync(), "7"));

        Assert.Equal(("100000007", "", "B02"), (zonder[Kolom("Onderwijsnummer")], zonder[Kolom("Teldatum")], zonder[Kolom("Redencode")]));
    }

    [Fact]
    public async Task A_bbl_line_names_its_bpvs_and_a_diploma_line_its_value()
    {
        var bbl = Regels(await InschrijvingregelsAsync(), "A1")[0];
        Assert.Equal("A1/B1", bbl[Kolom("BekostigingsrelevanteBPV")]);

        using var stroom = new MemoryStream();
        await TbgiCsvSchrijver.SchrijfDiplomasAsync(TbgiVoorbeeld.Mbo(), stroom, CancellationToken.None);
        var diplomas = Encoding.UTF8.GetString(stroom.ToArray()).TrimEnd('\n').Split('\n');
        Assert.Equal(TbgiCsvKolommen.Diplomakop, diplomas[0].Split(';'));
        var specialist = diplomas[2].Split(';');
        Assert.Equal(("R2", "true", "MBO-4", "2.000000", "B24"), (specialist[3], specialist[8], specialist[9], specialist[14], specialist[15]));
    }

    private static int Kolom(string naam) => TbgiCsvKolommen.Inschrijvingkop.ToList().IndexOf(naam);

    private static List<string[]> Regels(IEnumerable<string> regels, string volgnummer) =>
        [.. regels.Skip(1).Select(r => r.Split(';')).Where(v => v[Kolom("Inschrijvingvolgnummer")] == volgnummer)];

    private static async Task<List<string>> InschrijvingregelsAsync()
    {
        using var stroom = new MemoryStream();
        await TbgiCsvSchrijver.SchrijfInschrijvingenAsync(TbgiVoorbeeld.Mbo(), stroom, CancellationToken.None);
        return [.. Encoding.UTF8.GetString(stroom.ToArray()).TrimEnd('\n').Split('\n')];
    }
}
