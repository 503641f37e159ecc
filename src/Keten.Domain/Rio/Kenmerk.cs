namespace Keten.Domain.Rio;

/// <summary>The five value types a RIO kenmerk can carry (XSD choice kenmerkwaarde…).</summary>
public enum KenmerkType
{
    Datum,
    Tekst,
    Enumeratiewaarde,
    Getal,
    Boolean,
}

/// <summary>A RIO kenmerk: name plus one typed value, kept as DUO writes it on the wire.</summary>
public sealed record Kenmerk(string Kenmerknaam, KenmerkType Type, string Waarde)
{
    public const string SamenwerkendeOnderwijsaanbiedercode = "samenwerkendeOnderwijsaanbiedercode";
    public const string DoorlopendeLeerlijnVmboMbo = "doorlopendeLeerlijnVmboMbo";
}
