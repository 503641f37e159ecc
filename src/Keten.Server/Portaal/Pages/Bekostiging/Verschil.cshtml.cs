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

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? voor, long? na, CancellationToken ct)
    {
        Runs = await runs.RunsAsync(null, null, Afzender, ct);
        (Voor, Na) = (voor, na);
        if (voor is not { } v || na is not { } n)
        {
            return Page();
        }

        var (verschil, fouten) = await runs.VerschilAsync(v, n, Afzender, ct);
        if (verschil is null && fouten.Count == 0)
        {
            return NietGevonden();
        }

        Verschil = verschil;
        Fouten = [.. fouten.Select(f => Veldfout.Van(f, ["voor", "na"], "voor"))];
        return Page();
    }

    /// <summary>False when the run (or TBG-i) is not the medewerker's to see: the page says so in Dutch, with status 404.</summary>
    public bool Gevonden { get; private set; } = true;

    private PageResult NietGevonden()
    {
        Gevonden = false;
        return new PageResult { StatusCode = StatusCodes.Status404NotFound };
    }
}
