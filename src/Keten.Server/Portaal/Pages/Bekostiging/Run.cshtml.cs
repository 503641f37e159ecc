using Keten.Application.Bekostiging;
using Keten.Domain.Toegang;
using Keten.Storage.Bekostiging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Keten.Server.Portaal.Pages.Bekostiging;

/// <summary>
/// One run: its totals per instelling, teldatum, sector, leertraject and niveau over the medewerker's instellingen
/// (<see cref="Bekostigingsruns.TotalenAsync"/>), a chart of the funded count, and the way to each instelling's TBG-i and
/// to the diff with another run of the same sector and year. A run the medewerker may not see is not found.
/// </summary>
[PortaalFuncties(Functie.BekostigingInzien)]
public sealed class RunModel(Bekostigingsruns runs) : PortaalPaginaModel
{
    public Bekostigingsrun Run { get; private set; } = null!;

    public IReadOnlyList<Runtotaal> Totalen { get; private set; } = [];

    public IReadOnlyList<Grafiekbalk> Balken { get; private set; } = [];

    public string Grafiek { get; private set; } = "";

    public IReadOnlyList<string> Instellingen { get; private set; } = [];

    /// <summary>The other runs of the same sector and year: the ones to compare with.</summary>
    public IReadOnlyList<Bekostigingsrun> Vergelijkbaar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long runId, CancellationToken ct)
    {
        var zichtbaar = await runs.RunsAsync(null, null, Afzender, ct);
        if (zichtbaar.FirstOrDefault(r => r.RunId == runId) is not { } run || await runs.TotalenAsync(runId, Afzender, ct) is not { } totalen)
        {
            return NietGevonden();
        }

        Run = run;
        Totalen = [.. totalen.OrderBy(t => t.Brin, StringComparer.Ordinal).ThenBy(t => t.Soort).ThenBy(t => t.Teldatum)
            .ThenBy(t => t.Sector, StringComparer.Ordinal).ThenBy(t => t.Leertraject, StringComparer.Ordinal).ThenBy(t => t.Niveau, StringComparer.Ordinal)];
        Instellingen = [.. totalen.Select(t => t.Brin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Balken = Bekostigingsgrafiek.Balken(totalen);
        Grafiek = Bekostigingsgrafiek.Svg(Balken, $"Staafdiagram: bekostigde inschrijvingen op 1 oktober van run {runId} per sector, leertraject en niveau. De tabel eronder geeft dezelfde aantallen.");
        Vergelijkbaar = [.. zichtbaar.Where(r => r.RunId != runId && r.Sector == run.Sector && r.Bekostigingsjaar == run.Bekostigingsjaar)];
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
