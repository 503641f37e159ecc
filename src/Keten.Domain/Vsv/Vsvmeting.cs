namespace Keten.Domain.Vsv;

/// <summary>
/// One VSV measurement (domain.md §8, rule 40): the new voortijdig schoolverlaters between peildatum t, 1 October of
/// <see cref="Peiljaar"/>, and peildatum t+1, 1 October of the next year.
/// </summary>
public sealed record Vsvmeting(int Peiljaar)
{
    /// <summary>Peildatum t: who is enrolled here is measured; age is taken on this day.</summary>
    public DateOnly Peildatum => new(Peiljaar, 10, 1);

    /// <summary>Peildatum t+1: who is enrolled at no instelling on this day has left.</summary>
    public DateOnly VolgendePeildatum => new(Peiljaar + 1, 10, 1);
}
