namespace Keten.Domain.Rio;

/// <summary>Where Keten stands on one of DUO's Beheren V4 codes.</summary>
public enum Foutcodestatus
{
    /// <summary>Keten refuses with this code, DUO's text and sleutelgegevens.</summary>
    Geimplementeerd,

    /// <summary>Cannot apply to an MBO or VO school's Beheren V4 message in Keten; the reason says why and, where a register is missing, which seam would take it.</summary>
    NietVanToepassing,

    /// <summary>Applies, not built yet.</summary>
    NogNiet,
}

/// <summary>One of DUO's codes (RIO-Beheren-V4-foutcodes): its text as DUO writes it (placeholders as %naam%), the operations DUO checks it in, and Keten's status with, in English, Keten's condition or why it does not apply.</summary>
public sealed record Duofoutcode(string Code, string Tekst, IReadOnlyList<string> Operaties, Foutcodestatus Status, string Toelichting);

/// <summary>One of Keten's own codes (prefix KTN): when it is given and on which public source or choice it rests.</summary>
public sealed record Ketenfoutcode(string Code, string Voorwaarde, string Bron);
