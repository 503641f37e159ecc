using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// Raadplegen's kenmerkwaardenbereik_ParticuliereOpleidingPeriode has a mandatory kenmerk "eigenaar" (an
/// onderwijsbestuurcode): RIO names the owning board in every period of a particuliere opleiding it answers with.
/// Beheren has no such kenmerk. The kenmerkwaarde element DUO uses for it is not documented in Keten's material;
/// Keten writes kenmerkwaardeTekst (the code is free text, OnderwijsbestuurID-v01) and reads any.
/// </summary>
internal static class Eigenaar
{
    public const string Kenmerknaam = "eigenaar";

    public static Opleidingseenheid Toevoegen(Opleidingseenheid e) => e with
    {
        Perioden =
        [
            .. e.Perioden.Select(p => p.Kenmerken.Any(k => k.Kenmerknaam == Kenmerknaam)
                ? p
                : p with { Kenmerken = [.. p.Kenmerken, new Kenmerk(Kenmerknaam, KenmerkType.Tekst, e.Onderwijsbestuurcode)] }),
        ],
    };

    /// <summary>The board named by the first eigenaar kenmerk, and the record without the eigenaar kenmerken.</summary>
    public static (string? Onderwijsbestuurcode, Opleidingseenheid Zonder) Verwijderen(Opleidingseenheid e) =>
        (e.Perioden.SelectMany(p => p.Kenmerken).FirstOrDefault(k => k.Kenmerknaam == Kenmerknaam)?.Waarde,
         e with
         {
             Perioden = [.. e.Perioden.Select(p => p with { Kenmerken = [.. p.Kenmerken.Where(k => k.Kenmerknaam != Kenmerknaam)] })],
         });
}
