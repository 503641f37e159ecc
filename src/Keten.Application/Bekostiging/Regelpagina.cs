using Keten.Application.Rio.Handlers;
using Keten.Domain.Bekostiging;

namespace Keten.Application.Bekostiging;

/// <summary>One page of a long list of lines (a TBG-i, a run diff): the lines of the page, how many there are in all, and where it is.</summary>
public sealed record Regelpagina<T>(IReadOnlyList<T> Regels, int Aantal, int Pagina, int Paginagrootte)
{
    /// <summary>What a page holds at most (DUO's Raadplegen pages hold 500).</summary>
    public const int Standaardgrootte = 500;

    public bool HeeftVorige => Pagina > 0;

    public bool HeeftVolgende => (long)(Pagina + 1) * Paginagrootte < Aantal;

    public int Eerste => Aantal == 0 ? 0 : (Pagina * Paginagrootte) + 1;

    public int Laatste => Eerste == 0 ? 0 : Eerste + Regels.Count - 1;

    /// <summary>Page <paramref name="pagina"/> (from 0) of <paramref name="alle"/>; a size outside 1–500 is 500, a negative page 0.</summary>
    public static Regelpagina<T> Van(IReadOnlyList<T> alle, int pagina, int paginagrootte)
    {
        ArgumentNullException.ThrowIfNull(alle);
        var grootte = paginagrootte is >= 1 and <= Standaardgrootte ? paginagrootte : Standaardgrootte;
        var nummer = Math.Max(0, pagina);
        return new([.. alle.Skip(nummer * grootte).Take(grootte)], alle.Count, nummer, grootte);
    }
}

/// <summary>A TBG-i with a page of its lines (each enrolment with one of its teldata, all or those of one teldatum) and every teldatum it has.</summary>
public sealed record TbgiPagina(Tbgi Tbgi, IReadOnlyList<DateOnly> Teldata, Regelpagina<(TbgiInschrijving Inschrijving, TbgiTeldatum Teldatum)> Regels);
