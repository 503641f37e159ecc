using Keten.Domain.Rod;

namespace Keten.Domain.Bekostiging;

/// <summary>
/// The BBL condition (domain.md rule 53): a BBL enrolment counts on a teldatum only with a praktijkovereenkomst whose
/// afsluitdatum is on or before 31 December of the teldatum's calendar year and whose BPV has begun by then; the BPV
/// must be valid in the studiejaar (PvE 16.1). Every BPV of the student at the same instelling qualifies, also one
/// registered on another of the student's enrolments there. The VWS exception (1 June) is not built: the reference data
/// does not mark the VWS qualifications (docs/bekostiging.md).
/// </summary>
public static class BblVoorwaarde
{
    /// <summary>31 December of the teldatum's calendar year: the last day a praktijkovereenkomst may be concluded and begun.</summary>
    public static DateOnly UitersteDatum(DateOnly teldatum) => new(teldatum.Year, 12, 31);

    /// <summary>The BPVs of the student's enrolments at the instelling of <paramref name="inschrijving"/> that meet the condition, by volgnummer.</summary>
    public static IReadOnlyList<TbgiBpv> RelevanteBpvs(Inschrijving inschrijving, IEnumerable<Inschrijving> vanStudent, DateOnly teldatum)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        var uiterst = UitersteDatum(teldatum);
        var studiejaarBegin = Teldata.StudiejaarBegin(teldatum);
        var studiejaarEinde = studiejaarBegin.AddYears(1).AddDays(-1);
        return
        [
            .. vanStudent
                .Where(i => i.Sector == inschrijving.Sector && i.Brin == inschrijving.Brin)
                .SelectMany(i => i.Bpvs.Select(b => new TbgiBpv(i.Inschrijvingvolgnummer, b)))
                .Where(b => b.Bpv.Afsluitdatum <= uiterst && b.Bpv.DatumBegin <= uiterst && b.Bpv.DatumBegin <= studiejaarEinde
                    && (b.Bpv.DatumEindeWerkelijk ?? b.Bpv.DatumEindeGepland) >= studiejaarBegin)
                .OrderBy(b => b.Inschrijvingvolgnummer, StringComparer.Ordinal)
                .ThenBy(b => b.Bpv.Volgnummer, StringComparer.Ordinal),
        ];
    }
}
