namespace Keten.Server.Rio.Xml;

/// <summary>XSD type Paginering of the Raadplegen list and change-feed answers (pages of at most 500 elements).</summary>
public sealed record Paginering(int Pagina, int AantalPaginas, int AantalResultaten)
{
    /// <summary>The page size RIO V4 uses: every list in a Raadplegen answer has maxOccurs="500".</summary>
    public const int MaximaalPerPagina = 500;
}
