using System.Globalization;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;

namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>How the inschrijvingen pages read and write values: moments in Dutch time, person numbers, value lists.</summary>
public static class Inschrijvingsopmaak
{
    public static IReadOnlyList<(string Waarde, string Tekst)> Persoonsnummersoorten { get; } =
        [("bsn", "Burgerservicenummer (BSN)"), ("onderwijsnummer", "Onderwijsnummer")];

    public static IReadOnlyList<(string Waarde, string Tekst)> Sectoren { get; } = [("MBO", "MBO"), ("VO", "VO")];

    public static IReadOnlyList<(string Waarde, string Tekst)> Leerroutes { get; } =
        [("", "Geen"), ("DLR", "DLR (doorlopende leerroute vmbo-mbo)"), ("GLR", "GLR (geïntegreerde leerroute vmbo-mbo)")];

    public static IReadOnlyList<(string Waarde, string Tekst)> Leerroutefasen { get; } = [("", "Geen"), ("VO", "VO"), ("MBO", "MBO")];

    public static IReadOnlyList<(string Waarde, string Tekst)> Leertrajecten { get; } =
        [("", "Geen (VO)"), .. RodWaardelijsten.Leertraject.Waarden.Select(w => (w.Code, w.Code))];

    public static IReadOnlyList<(string Waarde, string Tekst)> RedenenUitstroom { get; } =
        [("", "Geen"), .. RodWaardelijsten.RedenUitstroom.Order(StringComparer.Ordinal).Select(c => (c, c))];

    /// <summary>A moment as a person reads it: Dutch date and time to the second, in Dutch time.</summary>
    public static string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Nederlandsetijd.Zone).ToString("d MMMM yyyy HH:mm:ss", Portaalopmaak.Nl);

    /// <summary>The value of a datetime-local field (Dutch time, to the second).</summary>
    public static string Veldmoment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Nederlandsetijd.Zone).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// A moment from a datetime-local field (Dutch time) or with its own offset (the history's links carry the exact
    /// registration moment); null when empty or not a moment.
    /// </summary>
    public static DateTimeOffset? LeesMoment(string? waarde)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }

        var metOffset = waarde.EndsWith('Z') || (waarde.Length > 6 && waarde[^6] is '+' or '-' && waarde[^3] == ':');
        if (metOffset)
        {
            return DateTimeOffset.TryParse(waarde, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact) ? exact : null;
        }

        if (!DateTime.TryParse(waarde, CultureInfo.InvariantCulture, DateTimeStyles.None, out var lokaal))
        {
            return null;
        }

        var onbepaald = DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified);
        return new DateTimeOffset(onbepaald, Nederlandsetijd.Zone.GetUtcOffset(onbepaald));
    }

    /// <summary>A date field's value (jjjj-mm-dd, as a date input sends it); null when empty or not a date.</summary>
    public static DateOnly? LeesDatum(string? waarde) =>
        DateOnly.TryParseExact(waarde?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) ? datum : null;

    /// <summary>
    /// An optional whole number field: null when empty; when not a number (of the allowed <paramref name="stijl"/>), null
    /// and <paramref name="melding"/> added as the field's error.
    /// </summary>
    public static int? LeesGetal(string? waarde, NumberStyles stijl, string veld, string melding, List<Veldfout> fouten)
    {
        ArgumentNullException.ThrowIfNull(fouten);
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }

        if (int.TryParse(waarde, stijl, CultureInfo.InvariantCulture, out var getal))
        {
            return getal;
        }

        fouten.Add(Ongeldig(veld, melding));
        return null;
    }

    public static string Veld(DateOnly? datum) => datum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Datum(DateOnly? datum) => datum is { } d ? Portaalopmaak.Datum(d) : "–";

    public static Persoonsnummer Persoon(string? soort, string? nummer) =>
        soort == "onderwijsnummer" ? Persoonsnummer.Onderwijsnummer(nummer?.Trim() ?? "") : Persoonsnummer.Bsn(nummer?.Trim() ?? "");

    public static string Soort(Persoonsnummer persoon) => persoon.Soort == PersoonsnummerSoort.Bsn ? "bsn" : "onderwijsnummer";

    public static string Nummer(Persoonsnummer persoon) =>
        (persoon.Soort == PersoonsnummerSoort.Bsn ? "BSN " : "Onderwijsnummer ") + persoon.Waarde;

    /// <summary>What an enrolment holds besides its main fields, in words: "2 perioden, 1 BPV, 1 diploma".</summary>
    public static string Onderdelen(Inschrijving inschrijving)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        static string Aantal(int n, string een, string meer) => n == 1 ? $"1 {een}" : $"{n} {meer}";
        return string.Join(", ", new[]
        {
            Aantal(inschrijving.Perioden.Count, "periode", "perioden"),
            inschrijving.Bpvs.Count > 0 ? Aantal(inschrijving.Bpvs.Count, "BPV", "BPV's") : null,
            inschrijving.Diplomas.Count > 0 ? Aantal(inschrijving.Diplomas.Count, "diploma", "diploma's") : null,
        }.OfType<string>());
    }

    /// <summary>A field the form could not read: the contract's code, as the REST door answers it.</summary>
    public static Veldfout Ongeldig(string veld, string tekst) => Portaal.Veldfout.Ongeldig(veld, tekst);

    /// <summary>
    /// A handler's refusal on a form: the first of its sleutelgegevens (or the field a "veld" sleutel names) that is one
    /// of the form's fields, through <paramref name="namen"/> (DUO's field name → the input's id), else the standard field.
    /// </summary>
    public static Veldfout Veldfout(Foutmelding fout, IReadOnlyDictionary<string, string> namen, string standaardVeld)
    {
        ArgumentNullException.ThrowIfNull(fout);
        ArgumentNullException.ThrowIfNull(namen);
        var veld = fout.Sleutelgegevens.Select(s => s.Sleutelnaam == "veld" ? s.Sleutelwaarde : s.Sleutelnaam)
            .Select(n => namen.TryGetValue(n, out var id) ? id : null).FirstOrDefault(id => id is not null) ?? standaardVeld;
        return new Veldfout(veld, fout.Foutcode, fout.Fouttekst);
    }
}
