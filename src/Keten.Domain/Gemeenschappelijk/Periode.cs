namespace Keten.Domain.Gemeenschappelijk;

/// <summary>A validity interval: begindatum inclusive, einddatum exclusive, open when einddatum is null.</summary>
public readonly record struct Geldigheid(DateOnly Begindatum, DateOnly? Einddatum)
{
    public bool Bevat(DateOnly datum) => datum >= Begindatum && (Einddatum is null || datum < Einddatum);

    public bool Overlapt(Geldigheid ander) =>
        (ander.Einddatum is null || Begindatum < ander.Einddatum) && (Einddatum is null || ander.Begindatum < Einddatum);

    public Geldigheid? Doorsnede(Geldigheid ander)
    {
        var begin = Begindatum > ander.Begindatum ? Begindatum : ander.Begindatum;
        DateOnly? eind = (Einddatum, ander.Einddatum) switch
        {
            (null, var e) => e,
            (var e, null) => e,
            (var a, var b) => a < b ? a : b,
        };
        return eind is null || begin < eind ? new Geldigheid(begin, eind) : null;
    }
}
