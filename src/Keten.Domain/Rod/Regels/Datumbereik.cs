using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rod.Regels;

/// <summary>
/// ROD018: every date of an enrolment lies in the years 1900–2099. The contracts take any xs:date (year 1 to 9999);
/// the other rules, the funding and the chain signals count days and teldata from these dates, which a date at either
/// end of the calendar leaves no room for. Checked before every other rule, which it would otherwise mislead.
/// </summary>
public static class Datumbereik
{
    public static readonly DateOnly Eerste = new(1900, 1, 1);
    public static readonly DateOnly Laatste = new(2099, 12, 31);

    public static IReadOnlyList<Foutmelding> Controleer(Inschrijving inschrijving)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        return [.. Datums(inschrijving).Where(d => d.Datum is { } datum && (datum < Eerste || datum > Laatste)).Distinct()
            .Select(d => RodFoutcodes.ROD018(d.Veld, d.Datum!.Value))];
    }

    private static IEnumerable<(string Veld, DateOnly? Datum)> Datums(Inschrijving i)
    {
        yield return ("datumInschrijving", i.DatumInschrijving);
        yield return ("datumUitschrijvingGepland", i.DatumUitschrijvingGepland);
        yield return ("datumUitschrijvingWerkelijk", i.DatumUitschrijvingWerkelijk);
        foreach (var p in i.Perioden)
        {
            yield return ("datumBegin", p.DatumBegin);
        }

        foreach (var b in i.Bpvs)
        {
            yield return ("afsluitdatum", b.Afsluitdatum);
            yield return ("datumBegin", b.DatumBegin);
            yield return ("datumEindeGepland", b.DatumEindeGepland);
            yield return ("datumEindeWerkelijk", b.DatumEindeWerkelijk);
        }

        foreach (var d in i.Diplomas)
        {
            yield return ("datumResultaat", d.DatumResultaat);
        }
    }
}
