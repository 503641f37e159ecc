namespace Keten.Contract.Rio.Xml;

/// <summary>XSD type Paginering of the Raadplegen list and change-feed answers (pages of at most 500 elements).</summary>
public sealed record Paginering(int Pagina, int AantalPaginas, int AantalResultaten)
{
    /// <summary>The page size RIO V4 uses: every list in a Raadplegen answer has maxOccurs="500".</summary>
    public const int MaximaalPerPagina = 500;

    /// <summary>Page <paramref name="pagina"/> (0-based) of <paramref name="aantalResultaten"/> results in pages of <paramref name="perPagina"/>.</summary>
    public static Paginering Van(int pagina, int aantalResultaten, int perPagina) =>
        new(pagina, (aantalResultaten + perPagina - 1) / perPagina, aantalResultaten);
}
