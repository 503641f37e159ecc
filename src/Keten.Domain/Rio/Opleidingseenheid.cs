namespace Keten.Domain.Rio;

public sealed record OpleidingseenheidPeriode(
    DateOnly Begindatum,
    string NaamLang,
    string? NaamKort,
    string? InternationaleNaam,
    string? Omschrijving,
    string? Studielast,
    string? Studielasteenheid,
    IReadOnlyList<Kenmerk> Kenmerken);

/// <summary>
/// An opleidingseenheid a board registers itself. For MBO and VO that is a particuliere opleiding
/// (the funded programmes hang on DUO's opleidingserkenningen). Code null on first delivery: RIO issues it.
/// </summary>
public sealed record Opleidingseenheid(
    string? Opleidingseenheidcode,
    string Onderwijsbestuurcode,
    string Soort,
    DateOnly Begindatum,
    DateOnly? Einddatum,
    string? Waardedocumentsoort,
    string? Niveau,
    string? Eqf,
    string? Nlqf,
    IReadOnlyList<OpleidingseenheidPeriode> Perioden,
    IReadOnlyList<Kenmerk> Kenmerken)
{
    public const string SoortParticuliereOpleiding = "particuliereOpleiding";

    /// <summary>Each period runs until the next one begins; the last one until the opleidingseenheid's einddatum.</summary>
    public IEnumerable<(OpleidingseenheidPeriode Periode, Gemeenschappelijk.Geldigheid Geldigheid)> PeriodenMetGeldigheid()
    {
        var gesorteerd = Perioden.OrderBy(p => p.Begindatum).ToList();
        for (var i = 0; i < gesorteerd.Count; i++)
        {
            var eind = i + 1 < gesorteerd.Count ? gesorteerd[i + 1].Begindatum : Einddatum;
            yield return (gesorteerd[i], new Gemeenschappelijk.Geldigheid(gesorteerd[i].Begindatum, eind));
        }
    }
}

/// <summary>A relation between two opleidingseenheden; keyed by both codes (ordered) and its begindatum.</summary>
public sealed record Opleidingsrelatie(
    string Onderwijsbestuurcode,
    DateOnly Begindatum,
    DateOnly? Einddatum,
    string Opleidingseenheidcode1,
    string Opleidingseenheidcode2)
{
    public string Sleutel =>
        string.CompareOrdinal(Opleidingseenheidcode1, Opleidingseenheidcode2) <= 0
            ? $"{Opleidingseenheidcode1}|{Opleidingseenheidcode2}|{Begindatum:yyyy-MM-dd}"
            : $"{Opleidingseenheidcode2}|{Opleidingseenheidcode1}|{Begindatum:yyyy-MM-dd}";
}
