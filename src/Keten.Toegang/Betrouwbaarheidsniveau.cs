namespace Keten.Toegang;

/// <summary>eHerkenning levels of assurance, ordered: a higher value is a stronger means (toegang.md §2.7).</summary>
public enum Betrouwbaarheidsniveau
{
    Loa2 = 2,
    Loa2Plus = 3,
    Loa3 = 4,
    Loa4 = 5,
}

public static class BetrouwbaarheidsniveauUrn
{
    private const string Voorvoegsel = "urn:etoegang:core:assurance-class:";

    public static string Urn(this Betrouwbaarheidsniveau niveau) => Voorvoegsel + niveau.ToString().ToLowerInvariant();

    /// <summary>The level for an AuthnContextClassRef; null for anything else (loa1 is gone since July 2021).</summary>
    public static Betrouwbaarheidsniveau? Lees(string? urn) => urn switch
    {
        Voorvoegsel + "loa2" => Betrouwbaarheidsniveau.Loa2,
        Voorvoegsel + "loa2plus" => Betrouwbaarheidsniveau.Loa2Plus,
        Voorvoegsel + "loa3" => Betrouwbaarheidsniveau.Loa3,
        Voorvoegsel + "loa4" => Betrouwbaarheidsniveau.Loa4,
        _ => null,
    };
}
