using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using static Keten.Domain.Tests.Bekostiging.BekostigingTestdata;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Bekostiging;

/// <summary>Totals per sector, leertraject and niveau (rule 52: the correctiefactor; rule 55: IDiW).</summary>
public sealed class BekostigingstotalenTests
{
    private static Persoonsnummer Persoon(int i) => Persoonsnummer.Bsn(i switch { 0 => "999990019", 1 => "999990020", 2 => "999990032", _ => "999990044" });

    [Fact]
    public void Totals_count_each_teldatum_weigh_bbl_and_give_the_correctiefactor_and_idiw()
    {
        Inschrijving[] inschrijvingen =
        [
            Mbo("1") with { Persoon = Persoon(0) },
            Mbo("2") with { Persoon = Persoon(1), DatumUitschrijvingWerkelijk = new(2024, 12, 31) },
            Mbo("3", leertraject: "BBL") with { Persoon = Persoon(2), Bpvs = [Bpv("P1", new(2024, 9, 1))] },
            MetDiploma("4", Mediavormgever, new(2022, 8, 1), new(2024, 6, 28)) with { Persoon = Persoon(3) },
        ];
        var regels = inschrijvingen.Select(i => Bekostigingsbepaling.Bepaal(new(i.Persoon, null, [i]), MboJaar, Referentiegegevens)).ToList();
        var tbgi = new Tbgi(Sector.MBO, MboBrin, 2026, new(2025, 11, 21), [.. regels.SelectMany(r => r.Inschrijvingen)], [.. regels.SelectMany(r => r.Diplomas)]);

        var totalen = Bekostigingstotalen.Bereken(tbgi);

        var bol = totalen.Single(t => t is { Leertraject: "BOL", Niveau: "MBO-4" });
        Assert.Equal((2, 1, 2m, 1m), (bol.AantalEenOktober, bol.AantalEenFebruari, bol.GewogenEenOktober, bol.GewogenEenFebruari));
        Assert.Equal(0.75m, bol.Correctiefactor);
        var geheel = totalen.Last();
        Assert.Equal((Sector.MBO, (string?)null, (string?)null), (geheel.Sector, geheel.Leertraject, geheel.Niveau));
        Assert.Equal((3, 2, 2.4m, 1.4m), (geheel.AantalEenOktober, geheel.AantalEenFebruari, geheel.GewogenEenOktober, geheel.GewogenEenFebruari));
        Assert.Equal(decimal.Round(3.8m / 4.8m, 6), geheel.Correctiefactor);
        Assert.Equal(0.8m + 0.8m + 0.32m, geheel.Deelnemerswaarde);
        Assert.Equal((1, 1.0m), (geheel.AantalDiplomas, geheel.Diplomawaarde));
        Assert.Equal(1.0m, totalen.Single(t => t is { Leertraject: null, Niveau: "MBO-4" }).Diplomawaarde);
    }
}
