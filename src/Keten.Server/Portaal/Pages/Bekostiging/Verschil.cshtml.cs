using Keten.Application.Bekostiging;
using Keten.Domain.Toegang;
using Keten.Storage.Bekostiging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Keten.Server.Portaal.Pages.Bekostiging;

/// <summary>
/// What moved between two runs of one sector and year (<see cref="Bekostigingsruns.VerschilAsync"/>): every line with
/// the rule on both sides and the deliveries in between. Two runs of another sector or year are refused (BKR002).
/// </summary>
[PortaalFuncties(Functie.BekostigingInzien)]
public sealed class VerschilModel(Bekostigingsruns runs) : PortaalPaginaModel
{
    public IReadOnlyList<Bekostigingsrun> Runs { get; private set; } = [];

    public long? Voor { get; private set; }

    public long? Na { get; private set; }

    public Runverschil? Verschil { get; private set; }

    /// <summary>The moved lines of this page.</summary>
    public Regelpagina<Bekostigingsverschil>? Regels { get; private set; }

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    /// <param name="pagina">The page of moved lines, from 0.</param>
    /// <param name="per">Lines a page (1–500; default 500).</param>
    public async Task<IActionResult> OnGetAsync(long? voor, long? na, int pagina, int? per, CancellationToken ct)
    {
        Runs = await runs.RunsAsync(null, null, Afzender, ct);
        (Voor, Na) = (voor, na);
        if (voor is not { } v || na is not { } n)
        {
            return Page();
        }

        var (verschil, regels, fouten) = await runs.VerschilAsync(v, n, pagina, per ?? Regelpagina<Bekostigingsverschil>.Standaardgrootte, Afzender, ct);
        if (verschil is null && fouten.Count == 0)
        {
            return NietGevonden();
        }

        (Verschil, Regels) = (verschil, regels);
        Fouten = [.. fouten.Select(f => Veldfout.Van(f, ["voor", "na"], "voor"))];
        return Page();
    }

    /// <summary>The route values of another page of the same diff (the page size kept).</summary>
    public Dictionary<string, string?> Bladeren(int pagina) => new()
    {
        ["voor"] = Voor?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["na"] = Na?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["pagina"] = pagina.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["per"] = Regels is { Paginagrootte: not Regelpagina<Bekostigingsverschil>.Standaardgrootte } r ? r.Paginagrootte.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    /// <summary>False when the run (or TBG-i) is not the medewerker's to see: the page says so in Dutch, with status 404.</summary>
    public bool Gevonden { get; private set; } = true;

    private PageResult NietGevonden()
    {
        Gevonden = false;
        return new PageResult { StatusCode = StatusCodes.Status404NotFound };
    }
}
