namespace Keten.Domain.Rio;

/// <summary>One value of a DUO value list with the dates it is valid (Vanaf / T/m in the service book).</summary>
public sealed record Waarde(string Code, DateOnly? Vanaf = null, DateOnly? TotEnMet = null)
{
    public bool GeldigOp(DateOnly datum) => (Vanaf is null || datum >= Vanaf) && (TotEnMet is null || datum <= TotEnMet);

    /// <summary>Valid in the given span (einddatum exclusive, null = open) as <see cref="Lezingen.WaardeInDeTijdGeldig"/> reads it.</summary>
    public bool GeldigIn(DateOnly begin, DateOnly? eind) => GeldigIn(begin, eind, Lezingen.WaardeInDeTijdGeldig);

    public bool GeldigIn(DateOnly begin, DateOnly? eind, Geldigheidslezing lezing) => lezing switch
    {
        Geldigheidslezing.OpElkeDag => (Vanaf is null || Vanaf <= begin) && (TotEnMet is null || (eind is { } e && e.AddDays(-1) <= TotEnMet)),
        _ => (TotEnMet is null || begin <= TotEnMet) && (Vanaf is null || eind is null || Vanaf < eind),
    };
}

/// <summary>A DUO value list (waardelijst), case-sensitive as DUO specifies.</summary>
public sealed record Waardelijst(string Naam, IReadOnlyList<Waarde> Waarden)
{
    public Waarde? Zoek(string code) => Waarden.FirstOrDefault(w => w.Code == code);
}
