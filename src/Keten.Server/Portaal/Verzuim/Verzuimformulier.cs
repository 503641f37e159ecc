using System.Globalization;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Verzuim;

namespace Keten.Server.Portaal.Verzuim;

/// <summary>
/// The "Verzuim melden" form as posted: text as the person typed it. <see cref="Lees"/> makes the report the handler
/// judges, or names the fields that are no date, number or choice at all (KTN400: the rules are the handler's).
/// </summary>
public sealed class Verzuimformulier
{
    public static readonly IReadOnlyList<string> Velden = ["soortnummer", "leerling", "brin", "soort", "begindatum", "einddatum", "uren", "woongemeente", "toelichting"];

    public string? Soortnummer { get; set; } = nameof(PersoonsnummerSoort.Bsn);

    public string? Leerling { get; set; }

    public string? Brin { get; set; }

    public string? Soort { get; set; }

    public string? Begindatum { get; set; }

    public string? Einddatum { get; set; }

    public string? Uren { get; set; }

    public string? Woongemeente { get; set; }

    public string? Toelichting { get; set; }

    public (Verzuimmelding? Melding, IReadOnlyList<Veldfout> Fouten) Lees()
    {
        var fouten = new List<Veldfout>();
        var persoon = Soortnummer == nameof(PersoonsnummerSoort.Onderwijsnummer)
            ? Persoonsnummer.Onderwijsnummer(Leerling?.Trim() ?? "")
            : Persoonsnummer.Bsn(Leerling?.Trim() ?? "");
        if (string.IsNullOrWhiteSpace(Brin))
        {
            fouten.Add(Fout("brin", "kies de instelling die meldt"));
        }

        if (!Enum.TryParse<Verzuimsoort>(Soort, out var soort) || !Enum.IsDefined(soort))
        {
            fouten.Add(Fout("soort", "kies de soort verzuim"));
        }

        var begin = Datum("begindatum", Begindatum, verplicht: true, fouten);
        var eind = Datum("einddatum", Einddatum, verplicht: false, fouten);
        decimal? uren = null;
        if (!string.IsNullOrWhiteSpace(Uren))
        {
            if (decimal.TryParse(Uren.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var u))
            {
                uren = u;
            }
            else
            {
                fouten.Add(Fout("uren", "vul een aantal uren in, bijvoorbeeld 16 of 2,5"));
            }
        }

        if (string.IsNullOrWhiteSpace(Woongemeente))
        {
            fouten.Add(Fout("woongemeente", "kies de woongemeente van de leerling"));
        }

        return fouten.Count > 0
            ? (null, fouten)
            : (new Verzuimmelding(persoon, Brin!, soort, begin!.Value, Woongemeente!, eind, uren, string.IsNullOrWhiteSpace(Toelichting) ? null : Toelichting.Trim()), []);
    }

    /// <summary>A handler's refusal on this form: the field it names (a person's number is the leerling field).</summary>
    public static Veldfout Veldfout(Foutmelding fout)
    {
        ArgumentNullException.ThrowIfNull(fout);
        var veld = fout.Sleutelgegevens
            .Select(s => s.Sleutelnaam is "burgerservicenummer" or "onderwijsnummer" ? "leerling" : s.Sleutelnaam == "veld" ? s.Sleutelwaarde : s.Sleutelnaam)
            .FirstOrDefault(Velden.Contains) ?? "leerling";
        return new Veldfout(veld, fout.Foutcode, fout.Fouttekst);
    }

    private static DateOnly? Datum(string veld, string? tekst, bool verplicht, List<Veldfout> fouten)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            if (verplicht)
            {
                fouten.Add(Fout(veld, "vul de datum in"));
            }

            return null;
        }

        string[] vormen = ["yyyy-MM-dd", "d-M-yyyy"];
        if (DateOnly.TryParseExact(tekst.Trim(), vormen, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        fouten.Add(Fout(veld, "vul een datum in als dag-maand-jaar, bijvoorbeeld 2-11-2026"));
        return null;
    }

    private static Veldfout Fout(string veld, string melding) => Portaal.Veldfout.Ongeldig(veld, melding);
}
