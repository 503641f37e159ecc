using System.Globalization;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Domain.Bekostiging;

/// <summary>
/// Decides a student's funding for one funding year of one sector (issue 8 point 1): per enrolment of that sector valid
/// in the studiejaar, a Teldatum group for each teldatum it is enrolled on (<see cref="Teldatumbesluit"/>), the BPVs that
/// made a BBL enrolment count, and the diplomas of calendar year T-2 with their value (<see cref="Diplomawaardering"/>).
/// Every decision carries its B code, also as the first TBG-i signal. Pure: the same student, order and reference data
/// always give the same result. The rules as built: docs/bekostiging.md.
/// </summary>
public static class Bekostigingsbepaling
{
    public static Studentbekostiging Bepaal(Bekostigingsstudent student, Bekostigingsopdracht opdracht, Referentiedata referentie)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(opdracht);
        ArgumentNullException.ThrowIfNull(referentie);
        var parameters = Bekostigingsparameters.Voor(opdracht.Bekostigingsjaar);
        var teldata = opdracht.Teldata;
        var (begin, einde) = (opdracht.StudiejaarBegin, opdracht.StudiejaarEinde);
        var beslissingen = teldata.ToDictionary(t => t, t => Teldatumbesluit.Bepaal(student.Inschrijvingen, t, referentie));
        var diplomas = Diplomawaardering.OpVolgorde(student, referentie, parameters);
        var hoogsteNiveau = Diplomawaardering.HoogsteNiveauVoor(diplomas, teldata[0]);
        var leeftijd = Leeftijd.InJaren(student.Geboortedatum, begin);

        var inschrijvingen = student.Inschrijvingen
            .Where(i => i.Sector == opdracht.Sector && i.DatumInschrijving <= einde && (i.LaatsteDag is null || i.LaatsteDag >= begin))
            .OrderBy(i => i.Brin, StringComparer.Ordinal).ThenBy(i => i.Inschrijvingvolgnummer, StringComparer.Ordinal)
            .Select(i => Inschrijving(i, opdracht, teldata, beslissingen, referentie, parameters, leeftijd, opdracht.Sector == Sector.MBO ? hoogsteNiveau : null));
        var diplomaregels = opdracht.Sector == Sector.MBO
            ? diplomas.Where(d => d.Diploma.DatumResultaat.Year == opdracht.Bekostigingsjaar - 2)
                .Select(d => Diploma(Diplomawaardering.Waardeer(d, diplomas, student.Inschrijvingen, parameters), opdracht))
            : [];
        return new([.. inschrijvingen], [.. diplomaregels]);
    }

    private static TbgiInschrijving Inschrijving(
        Inschrijving inschrijving, Bekostigingsopdracht opdracht, IReadOnlyList<DateOnly> teldata, Dictionary<DateOnly, IReadOnlyList<Teldatumbeslissing>> beslissingen,
        Referentiedata referentie, Bekostigingsparameters parameters, int? leeftijd, string? hoogsteNiveau)
    {
        var groepen = teldata
            .Select(t => (Teldatum: t, Beslissing: beslissingen[t].FirstOrDefault(b => b.Actief.Inschrijving.Sleutel == inschrijving.Sleutel)))
            .Where(t => t.Beslissing is not null)
            .Select(t => Teldatum(t.Teldatum, t.Beslissing!, opdracht, referentie, parameters, leeftijd))
            .ToList();
        IReadOnlyList<TbgiSignaal> signalen = groepen.Count == 0 ? [Signalen.Van(1, Bekostigingssignaalcodes.GeenTeldatum)] : [];
        return new(inschrijving.Sector, inschrijving.Brin, inschrijving.Persoon, inschrijving.Inschrijvingvolgnummer, inschrijving.DatumInschrijving,
            inschrijving.DatumUitschrijvingGepland, inschrijving.DatumUitschrijvingWerkelijk, hoogsteNiveau, groepen,
            [.. groepen.SelectMany(t => t.BekostigingsrelevanteBpvs).Select(b => b.Bpv).Distinct()], signalen);
    }

    private static TbgiTeldatum Teldatum(DateOnly teldatum, Teldatumbeslissing beslissing, Bekostigingsopdracht opdracht, Referentiedata referentie, Bekostigingsparameters parameters, int? leeftijd)
    {
        var periode = beslissing.Actief.Periode;
        var mbo = opdracht.Sector == Sector.MBO;
        var niveau = mbo ? Hoofdinschrijving.NiveauVan(periode, referentie) : periode.Niveau;
        var telt = mbo && Leertrajectweging.Telt(periode.Leertraject, teldatum);
        var factor = telt ? Leertrajectweging.Factor(periode.Leertraject, niveau, parameters) : null;
        var prijsfactor = telt ? referentie.Erkenning("CREBO", periode.Opleidingcode)?.Prijsfactor ?? parameters.PrijsfactorStandaard : (decimal?)null;
        var basistelling = Teldata.IsEenOktober(teldatum);
        decimal? bijdrage = !beslissing.Bekostigd || !basistelling ? null
            : mbo ? Leertrajectweging.Bijdrage(factor!.Value, prijsfactor!.Value, niveau, parameters)
            : 1.000000m;
        var extra = beslissing.Bekostigd && mbo && !basistelling ? [Bekostigingssignaalcodes.AlleenCorrectiefactor] : Array.Empty<string>();
        return new TbgiTeldatum(teldatum, opdracht.Bepaald, opdracht.Status, leeftijd, periode.Opleidingcode, niveau, periode.Leertraject, periode.Leerroutefase,
            periode.IndicatieBekostigbaar, beslissing.Bekostigd, mbo && beslissing.Bekostigd, factor, prijsfactor, bijdrage, beslissing.Sector, beslissing.Redencode)
        {
            BekostigingsrelevanteBpvs = beslissing.Bekostigd ? beslissing.Bpvs : [],
            Signalen = [Signalen.Van(1, beslissing.Redencode, Parameters(beslissing, teldatum)), .. extra.Select((c, i) => Signalen.Van(i + 2, c))],
        };
    }

    private static IReadOnlyList<(string Naam, string Waarde)> Parameters(Teldatumbeslissing beslissing, DateOnly teldatum) => beslissing.Redencode switch
    {
        Bekostigingssignaalcodes.LeertrajectTeltNiet when beslissing.Actief.Periode.Leertraject is { } leertraject => [("Leertraject", leertraject)],
        Bekostigingssignaalcodes.BblZonderBpv => [("UitersteDatumPraktijkovereenkomst", Iso(BblVoorwaarde.UitersteDatum(teldatum)))],
        Bekostigingssignaalcodes.NietDeHoofdinschrijving or Bekostigingssignaalcodes.VoVoorMbo or Bekostigingssignaalcodes.FaseVo or Bekostigingssignaalcodes.FaseMbo
            when beslissing.BekostigdeInschrijving is { } hoofd && !beslissing.Bekostigd => [("BrinBekostigdeInschrijving", hoofd.Brin)],
        _ => [],
    };

    private static TbgiDiploma Diploma(Diplomabeslissing beslissing, Bekostigingsopdracht opdracht)
    {
        var (inschrijving, diploma) = (beslissing.Diploma.Inschrijving, beslissing.Diploma.Diploma);
        IReadOnlyList<(string, string)> waarden = beslissing.Waarde is null ? [] :
        [
            ("Diplomawaarde", beslissing.Diploma.Diplomawaarde.ToString(CultureInfo.InvariantCulture)),
            ("DiplomawaardeHoogsteEerdere", (beslissing.HoogsteEerdere?.Diplomawaarde ?? 0).ToString(CultureInfo.InvariantCulture)),
        ];
        return new TbgiDiploma(inschrijving.Brin, inschrijving.Persoon, diploma.Resultaatvolgnummer, diploma.Opleidingcode, inschrijving.Inschrijvingvolgnummer,
            diploma.DatumResultaat, beslissing.Diploma.Niveau, beslissing.Diploma.Specialist, beslissing.HoogsteEerdere?.Niveau,
            beslissing.HoogsteEerdere?.Specialist ?? false, opdracht.Bepaald, opdracht.Status, beslissing.Bekostigd,
            beslissing.Waarde, beslissing.Redencode,
            [Signalen.Van(1, beslissing.Redencode, waarden), .. beslissing.Signaalcodes.Select((c, i) => Signalen.Van(i + 2, c))]);
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
