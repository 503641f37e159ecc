using System.Collections.Concurrent;
using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Server.Tests.Bekostiging;

/// <summary>
/// A stand-in for the funding determination, ONLY for the tests of what runs store, read and compare, so that they do
/// not depend on the funding rules: per enrolment of the run's sector, a teldatum it is enrolled on is funded exactly
/// when the period's indicatie bekostigbaar is J (BEK01, else BEK03); a diploma of calendar year T-2 by its own
/// indicatie. It records every student it is given. The rules are tested with the real determination
/// (tests/Keten.Domain.Tests/Bekostiging, and end to end in BekostigingRestTests).
/// </summary>
internal sealed class Proefberekening
{
    public ConcurrentBag<Bekostigingsstudent> Gezien { get; } = [];

    public Studentbekostiging Bepaal(Bekostigingsstudent student, Bekostigingsopdracht opdracht, Referentiedata referentie)
    {
        Gezien.Add(student);
        var eigen = student.Inschrijvingen.Where(i => i.Sector == opdracht.Sector).ToList();
        return new Studentbekostiging(
            [.. eigen.Where(i => i.DatumInschrijving <= opdracht.StudiejaarEinde && !(i.DatumUitschrijvingWerkelijk < opdracht.StudiejaarBegin))
                .Select(i => Inschrijving(i, opdracht))],
            [.. eigen.SelectMany(i => i.Diplomas.Where(d => d.DatumResultaat.Year == opdracht.Bekostigingsjaar - 2).Select(d => Diploma(i, d, opdracht)))]);
    }

    private static TbgiInschrijving Inschrijving(Inschrijving i, Bekostigingsopdracht opdracht) => new(
        i.Sector, i.Brin, i.Persoon, i.Inschrijvingvolgnummer, i.DatumInschrijving, i.DatumUitschrijvingGepland, i.DatumUitschrijvingWerkelijk, null,
        [.. opdracht.Teldata.Where(t => i.PeriodeOp(t) is not null).Select(t => Teldatum(i, i.PeriodeOp(t)!, t, opdracht))], [], []);

    private static TbgiTeldatum Teldatum(Inschrijving i, Inschrijvingsperiode periode, DateOnly teldatum, Bekostigingsopdracht opdracht) => new(
        teldatum, opdracht.Bepaald, opdracht.Status, null, periode.Opleidingcode, periode.Niveau, periode.Leertraject, periode.Leerroutefase,
        periode.IndicatieBekostigbaar, periode.IndicatieBekostigbaar, teldatum == opdracht.Teldata[^1], periode.IndicatieBekostigbaar ? 1m : null, null,
        periode.IndicatieBekostigbaar ? 1.25m : null,
        periode.IndicatieBekostigbaar ? (i.Sector == Sector.MBO ? Bekostigingssector.MBO : Bekostigingssector.VO) : Bekostigingssector.Geen,
        periode.IndicatieBekostigbaar ? Bekostigingsredenen.Bekostigbaar : Bekostigingsredenen.IndicatieNee);

    private static TbgiDiploma Diploma(Inschrijving i, Diploma d, Bekostigingsopdracht opdracht) => new(
        i.Brin, i.Persoon, d.Resultaatvolgnummer, d.Opleidingcode, i.Inschrijvingvolgnummer, d.DatumResultaat, "4", false, null, false,
        opdracht.Bepaald, opdracht.Status, d.IndicatieBekostigbaar, d.IndicatieBekostigbaar ? 5m : null, d.IndicatieBekostigbaar ? "B30" : "B31", []);
}
