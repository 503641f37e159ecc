namespace Keten.Domain.Verzuim;

/// <summary>The school holiday regions of the Netherlands; a school names its own when it asks for the 16-hour count.</summary>
public static class Vakantieregio
{
    public static IReadOnlyList<string> Alle { get; } = ["noord", "midden", "zuid"];

    public static bool IsGeldig(string? regio) => regio is not null && Alle.Contains(regio);
}
