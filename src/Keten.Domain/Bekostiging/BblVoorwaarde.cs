using Keten.Domain.Rod;

namespace Keten.Domain.Bekostiging;

/// <summary>
/// The BBL condition (domain.md rule 53): a BBL enrolment counts on a teldatum only with a praktijkovereenkomst whose
/// afsluitdatum is on or before 31 December of the teldatum's calendar year and whose BPV has begun by then; the BPV
/// must be valid in the studiejaar (PvE 16.1). Every BPV of the student at the same instelling qualifies, also one
/// registered on another of the student's enrolments there. For a qualification set with the Minister of VWS (reference
/// data `vws`) the BPV may begin up to 1 June of the next year; the praktijkovereenkomst is still concluded by 31 December.
/// </summary>
public static class BblVoorwaarde
{
    /// <summary>31 December of the teldatum's calendar year: the last day a praktijkovereenkomst may be concluded and begun.</summary>
    public static DateOnly UitersteDatum(DateOnly teldatum) => new(teldatum.Year, 12, 31);

    /// <summary>The last day the BPV may begin: 31 December, or for a VWS qualification 1 June of the next year.</summary>
    public static DateOnly UitersteBegin(DateOnly teldatum, bool vws) => vws ? new(teldatum.Year + 1, 6, 1) : UitersteDatum(teldatum);

    /// <summary>Whether the period's opleiding is a VWS qualification in the reference data.</summary>
    public static bool IsVws(Inschrijvingsperiode periode, Referentie.Referentiedata? referentie) =>
        referentie?.Erkenning("CREBO", periode.Opleidingcode)?.Vws ?? false;

    /// <summary>The BPVs of the student's enrolments at the instelling of <paramref name="inschrijving"/> that meet the condition, by volgnummer.</summary>
    public static IReadOnlyList<TbgiBpv> RelevanteBpvs(Inschrijving inschrijving, IEnumerable<Inschrijving> vanStudent, DateOnly teldatum, bool vws = false)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        var uiterst = UitersteDatum(teldatum);
        var uiterstBegin = UitersteBegin(teldatum, vws);
        var studiejaarBegin = Teldata.StudiejaarBegin(teldatum);
        var studiejaarEinde = studiejaarBegin.AddYears(1).AddDays(-1);
        return
        [
            .. vanStudent
                .Where(i => i.Sector == inschrijving.Sector && i.Brin == inschrijving.Brin)
                .SelectMany(i => i.Bpvs.Select(b => new TbgiBpv(i.Inschrijvingvolgnummer, b)))
                .Where(b => b.Bpv.Afsluitdatum <= uiterst && b.Bpv.DatumBegin <= uiterstBegin && b.Bpv.DatumBegin <= studiejaarEinde
                    && (b.Bpv.DatumEindeWerkelijk ?? b.Bpv.DatumEindeGepland) >= studiejaarBegin)
                .OrderBy(b => b.Inschrijvingvolgnummer, StringComparer.Ordinal)
                .ThenBy(b => b.Bpv.Volgnummer, StringComparer.Ordinal),
        ];
    }
}
