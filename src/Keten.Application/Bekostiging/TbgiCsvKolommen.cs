using Keten.Domain.Bekostiging;
using Keten.Domain.Rod;

namespace Keten.Application.Bekostiging;

/// <summary>
/// The columns of the TBG-i as CSV (docs/bekostiging.md, "The CSV"): DUO's element names as the header, values written as
/// in the XML (<see cref="TbgiFormaat"/>), then Keten's own columns: the sector funding the student through the line, the
/// reason code and its text, and every signal code of the group.
/// </summary>
public static class TbgiCsvKolommen
{
    public static IReadOnlyList<string> Inschrijvingkop { get; } =
    [
        "BRIN", "Burgerservicenummer", "Onderwijsnummer", "Inschrijvingvolgnummer", "DatumInschrijving", "DatumUitschrijvingGepland",
        "DatumUitschrijvingWerkelijk", "NiveauHoogstBekostigdeDiploma", "Teldatum", "DatumTijdBepalingBekostigingsgrondslagen",
        "StatusBepalingBekostigingsstatus", "LeeftijdOpEenAugustusStudiejaar", "Opleidingcode", "Niveau", "Leertraject", "Leerroutefase",
        "IndicatieBekostigbaar", "Bekostigingsstatus", "InschrijvingVoorCorrectiefactor", "BBLBOLFactor", "PrijsfactorMBO",
        "BijdrageInschrijvingAanDeelnemerswaarde", "BekostigingsrelevanteBPV", "Bekostigingssector", "Redencode", "Reden", "Signaalcodes",
    ];

    public static IReadOnlyList<string> Diplomakop { get; } =
    [
        "BRIN", "Burgerservicenummer", "Onderwijsnummer", "Resultaatvolgnummer", "Opleidingcode", "Inschrijvingvolgnummer", "DatumBehaald", "Niveau",
        "IndicatieSpecialistendiploma", "NiveauHoogstBekostigdeDiploma", "IndicatieHoogstBekostigdeDiplomaIsSpecialist",
        "DatumTijdBepalingBekostigingsgrondslagen", "StatusBepalingBekostigingsstatus", "Bekostigingsstatus", "BijdrageDiplomawaarde",
        "Redencode", "Reden", "Signaalcodes",
    ];

    /// <summary>One line per teldatum; an enrolment without teldata gets one line with the teldatum columns empty.</summary>
    public static IEnumerable<string[]> Van(TbgiInschrijving i)
    {
        ArgumentNullException.ThrowIfNull(i);
        string[] inschrijving =
        [
            i.Brin, .. Persoon(i.Persoon), i.Inschrijvingvolgnummer, TbgiFormaat.Datum(i.DatumInschrijving), Datum(i.DatumUitschrijvingGepland),
            Datum(i.DatumUitschrijvingWerkelijk), i.NiveauHoogstBekostigdeDiploma ?? "",
        ];
        if (i.Teldata.Count == 0)
        {
            var signaal = i.Signalen.FirstOrDefault();
            yield return
            [
                .. inschrijving, .. Enumerable.Repeat("", 15), "", signaal?.Signaalcode ?? "", signaal?.Signaalomschrijving ?? "", Codes(i.Signalen),
            ];
            yield break;
        }

        foreach (var t in i.Teldata)
        {
            yield return
            [
                .. inschrijving, TbgiFormaat.Datum(t.Teldatum), TbgiFormaat.DatumTijd(t.DatumTijdBepaling), TbgiFormaat.Status(t.Status),
                t.LeeftijdOpEenAugustusStudiejaar is { } leeftijd ? TbgiFormaat.Geheel(leeftijd) : "", t.Opleidingcode, t.Niveau ?? "", t.Leertraject ?? "",
                t.Leerroutefase is { } fase ? TbgiFormaat.Fase(fase) : "", TbgiFormaat.Boolean(t.IndicatieBekostigbaar), TbgiFormaat.Boolean(t.Bekostigingsstatus),
                TbgiFormaat.Boolean(t.InschrijvingVoorCorrectiefactor), t.BblBolFactor is { } factor ? TbgiFormaat.Factor(factor) : "",
                t.PrijsfactorMbo is { } prijsfactor ? TbgiFormaat.Factor(prijsfactor) : "",
                t.BijdrageInschrijvingAanDeelnemerswaarde is { } bijdrage ? TbgiFormaat.Bijdrage(bijdrage) : "",
                string.Join(',', t.BekostigingsrelevanteBpvs.Select(b => $"{b.Inschrijvingvolgnummer}/{b.Bpv.Volgnummer}")),
                t.Sector.ToString(), t.Redencode, Bekostigingssignaalcodes.Tekst(t.Redencode), Codes(t.Signalen),
            ];
        }
    }

    public static string[] Van(TbgiDiploma d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return
        [
            d.Brin, .. Persoon(d.Persoon), d.Resultaatvolgnummer, d.Opleidingcode, d.Inschrijvingvolgnummer, TbgiFormaat.Datum(d.DatumBehaald), d.Niveau ?? "",
            TbgiFormaat.Boolean(d.IndicatieSpecialistendiploma), d.NiveauHoogstBekostigdeDiploma ?? "",
            d.NiveauHoogstBekostigdeDiploma is null ? "" : TbgiFormaat.Boolean(d.IndicatieHoogstBekostigdeDiplomaIsSpecialist),
            TbgiFormaat.DatumTijd(d.DatumTijdBepaling), TbgiFormaat.Status(d.Status), TbgiFormaat.Boolean(d.Bekostigingsstatus),
            d.BijdrageDiplomawaarde is { } waarde ? TbgiFormaat.Bijdrage(waarde) : "", d.Redencode, Bekostigingssignaalcodes.Tekst(d.Redencode), Codes(d.Signalen),
        ];
    }

    private static string[] Persoon(Persoonsnummer p) =>
        p.Soort == PersoonsnummerSoort.Bsn ? [p.Waarde, ""] : ["", p.Waarde];

    private static string Datum(DateOnly? datum) => datum is { } d ? TbgiFormaat.Datum(d) : "";

    private static string Codes(IEnumerable<TbgiSignaal> signalen) => string.Join(',', signalen.Select(s => s.Signaalcode));
}
