namespace Keten.Storage.Referentie;

/// <summary>
/// One reason a reference-data file is refused: the 1-based line, the field as a path
/// (e.g. <c>erkendeInstellingen[1].brin</c>, empty when the file as a whole is wrong) and an operator message in Dutch.
/// </summary>
public sealed record ReferentiedataFout(int Regel, string Veld, string Melding)
{
    /// <summary>Rendered as <c>regel 12, veld erkendeInstellingen[1].brin: '25L' is geen BRIN4 (nnXX)</c>.</summary>
    public override string ToString() =>
        Veld.Length == 0 ? $"regel {Regel}: {Melding}" : $"regel {Regel}, veld {Veld}: {Melding}";
}
