using System.Globalization;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Verzuim;

namespace Keten.Application.Rod.Batch;

/// <summary>
/// One line of the terugkoppeling file per mutation, in the order of the batch file. The school matches a line by the
/// line number of its ISG line and its inschrijvingvolgnummer; no person's number is ever in this file. The last column
/// says who reports verzuim and VSV for the pupil after the mutation: "BRIN SECTOR [volgnummer] VERcode datum".
/// </summary>
public static class BatchTerugkoppelingKolommen
{
    public static IReadOnlyList<string> Kop { get; } =
        ["regel", "bedrijfsdocumentId", "mutatiesoort", "brin", "inschrijvingvolgnummer", "goedgekeurd", "inschrijvingId", "voorlopigeBekostiging", "codes", "meldingen", "verantwoordelijke"];

    public const int Regel = 0;
    public const int BedrijfsdocumentId = 1;
    public const int Goedgekeurd = 5;
    public const int Codes = 8;

    public static string[] Van(BatchResultaat resultaat)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        var (m, a) = (resultaat.Mutatie, resultaat.Antwoord);
        var meldingen = a.Foutmeldingen.Select(f => Melding(f.Foutcode, f.Fouttekst, f.Sleutelgegevens))
            .Concat(a.Signalen.Select(s => Melding(s.Signaalcode, s.Signaaltekst, s.Sleutelgegevens)))
            .Concat(a.Ketensignalen.Select(k => $"{k.Code} {k.Tekst} (vanaf {Datum(k.Begindatum)})"))
            .ToList();
        var codes = a.Foutmeldingen.Select(f => f.Foutcode).Concat(a.Signalen.Select(s => s.Signaalcode)).Concat(a.Ketensignalen.Select(k => k.Code));
        return
        [
            m.Regel.ToString(CultureInfo.InvariantCulture), resultaat.BedrijfsdocumentId ?? "", m.Mutatiesoort ?? "", m.Brin ?? "", m.Inschrijvingvolgnummer ?? "",
            a.LeveringGoedgekeurd ? "J" : "N", a.InschrijvingId ?? "",
            a.VoorlopigeBekostiging is { } b ? $"{b.Sector} {Datum(b.Teldatum)} {b.Redencode}" : "",
            string.Join(' ', codes), EenRegel(string.Join(" | ", meldingen)), Verantwoordelijke(a.Verantwoordelijkheid),
        ];
    }

    /// <summary>Empty when the mutation was refused; "geen" when the pupil has no enrolment on the day.</summary>
    private static string Verantwoordelijke(VerantwoordelijkheidAntwoord? antwoord) =>
        antwoord is null ? ""
        : antwoord.Verantwoordelijke is not { } v ? $"geen {Datum(antwoord.Datum)}"
        : string.Join(' ', new[] { v.Brin, v.Sector.ToString().ToUpperInvariant(), v.Inschrijvingvolgnummer, v.Redencode, Datum(antwoord.Datum) }.OfType<string>());

    private static string Melding(string code, string tekst, IReadOnlyList<Sleutelgegeven> sleutels) =>
        sleutels.Count == 0 ? $"{code} {tekst}" : $"{code} {tekst} ({string.Join(", ", sleutels.Select(s => $"{s.Sleutelnaam}={s.Sleutelwaarde}"))})";

    private static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every answer on one physical line, so a resumed run can find the last complete answer by its line end.</summary>
    private static string EenRegel(string tekst) => tekst.ReplaceLineEndings(" ");
}
