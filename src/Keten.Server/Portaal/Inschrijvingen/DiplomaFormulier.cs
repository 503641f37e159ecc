using Keten.Domain.Rod;

namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>
/// One diploma row of the MBO enrolment and uitschrijving forms (PvE record DIP), its inputs named with DUO's field names
/// (<c>diploma1-resultaatvolgnummer</c>, <c>diploma1-opleidingcode</c>, <c>diploma1-datumResultaat</c>,
/// <c>diploma1-indicatieBekostigbaar</c>).
/// </summary>
public sealed class DiplomaFormulier
{
    public string? Resultaatvolgnummer { get; set; }

    public string? Opleidingcode { get; set; }

    public string? DatumResultaat { get; set; }

    public bool Bekostigbaar { get; set; } = true;

    /// <summary>The checkbox alone does not make a row: an empty row is offered with it ticked.</summary>
    public bool IsLeeg => new[] { Resultaatvolgnummer, Opleidingcode, DatumResultaat }.All(string.IsNullOrWhiteSpace);

    public static string Naam(int nummer, string veld) => $"diploma{nummer}-{veld}";

    public static DiplomaFormulier Van(Diploma diploma)
    {
        ArgumentNullException.ThrowIfNull(diploma);
        return new DiplomaFormulier
        {
            Resultaatvolgnummer = diploma.Resultaatvolgnummer,
            Opleidingcode = diploma.Opleidingcode,
            DatumResultaat = Inschrijvingsopmaak.Veld(diploma.DatumResultaat),
            Bekostigbaar = diploma.IndicatieBekostigbaar,
        };
    }

    /// <summary>Whether the posted form carries diploma rows at all (a form that does not show them keeps the stored ones).</summary>
    public static bool InFormulier(IFormCollection form) => form?.ContainsKey(Naam(1, "datumResultaat")) == true;

    /// <summary>The filled diploma rows of a posted form, in order; empty rows are left out.</summary>
    public static List<DiplomaFormulier> LeesAlle(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rijen = new List<DiplomaFormulier>();
        for (var nummer = 1; form.ContainsKey(Naam(nummer, "datumResultaat")); nummer++)
        {
            string? Veld(string naam) => InschrijvingFormulier.Tekst(form, Naam(nummer, naam));
            rijen.Add(new DiplomaFormulier
            {
                Resultaatvolgnummer = Veld("resultaatvolgnummer"),
                Opleidingcode = Veld("opleidingcode"),
                DatumResultaat = Veld("datumResultaat"),
                Bekostigbaar = Veld("indicatieBekostigbaar") is not null,
            });
        }

        rijen.RemoveAll(d => d.IsLeeg);
        return rijen;
    }

    /// <summary>The diplomas of the filled rows, or a KTN400 in <paramref name="fouten"/> for each date that cannot be read.</summary>
    public static List<Diploma> NaarDiplomas(IReadOnlyList<DiplomaFormulier> rijen, List<Veldfout> fouten)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        ArgumentNullException.ThrowIfNull(fouten);
        var diplomas = new List<Diploma>();
        for (var i = 0; i < rijen.Count; i++)
        {
            var rij = rijen[i];
            if (rij.IsLeeg)
            {
                continue;
            }

            if (Inschrijvingsopmaak.LeesDatum(rij.DatumResultaat) is { } datum)
            {
                diplomas.Add(new Diploma(rij.Resultaatvolgnummer ?? "", rij.Opleidingcode ?? "", datum, rij.Bekostigbaar));
            }
            else
            {
                fouten.Add(Inschrijvingsopmaak.Ongeldig(Naam(i + 1, "datumResultaat"), $"Vul de datum behaald van diploma {i + 1} in als datum (jjjj-mm-dd)"));
            }
        }

        return diplomas;
    }
}
