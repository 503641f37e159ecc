using System.Globalization;
using Keten.Application.Bekostiging;
using Keten.Domain.Bekostiging;
using Keten.Domain.Toegang;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Keten.Server.Portaal.Pages.Bekostiging;

/// <summary>
/// A run's TBG-i of one instelling (<see cref="Bekostigingsruns.TbgiAsync"/>): every line per teldatum with its status
/// and reason, every diploma, and the download in DUO's XML layout under DUO's file name and as CSV, as the REST door
/// and the CLI write them. Only an instelling the medewerker may see the funding of; otherwise not found.
/// </summary>
[PortaalFuncties(Functie.BekostigingInzien)]
public sealed class TbgiModel(Bekostigingsruns runs) : PortaalPaginaModel
{
    public long RunId { get; private set; }

    public Tbgi Tbgi { get; private set; } = null!;

    public IReadOnlyList<DateOnly> Teldata { get; private set; } = [];

    public DateOnly? Teldatum { get; private set; }

    /// <summary>The lines of this page: each enrolment with one of its teldata (all, or those of the chosen teldatum).</summary>
    public Regelpagina<(TbgiInschrijving Inschrijving, TbgiTeldatum Teldatum)> Regels { get; private set; } = null!;

    /// <param name="pagina">The page, from 0.</param>
    /// <param name="per">Lines a page (1–500; default 500).</param>
    public async Task<IActionResult> OnGetAsync(long runId, string brin, string? teldatum, int pagina, int? per, CancellationToken ct)
    {
        Teldatum = DateOnly.TryParseExact(teldatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if (await runs.TbgiPaginaAsync(runId, Brin(brin), Teldatum, pagina, per ?? Regelpagina<TbgiInschrijving>.Standaardgrootte, Afzender, ct) is not { } deel)
        {
            return NietGevonden();
        }

        (RunId, Tbgi, Teldata, Regels) = (runId, deel.Tbgi, deel.Teldata, deel.Regels);
        return Page();
    }

    /// <summary>The route values of another page of the same list (teldatum filter and page size kept).</summary>
    public Dictionary<string, string?> Bladeren(int pagina) => new()
    {
        ["runId"] = RunId.ToString(CultureInfo.InvariantCulture),
        ["brin"] = Tbgi.Brin,
        ["teldatum"] = Teldatum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["pagina"] = pagina.ToString(CultureInfo.InvariantCulture),
        ["per"] = Regels.Paginagrootte == Regelpagina<TbgiInschrijving>.Standaardgrootte ? null : Regels.Paginagrootte.ToString(CultureInfo.InvariantCulture),
    };

    public Task<IActionResult> OnGetXmlAsync(long runId, string brin, CancellationToken ct) =>
        DownloadAsync(runId, brin, "application/xml; charset=utf-8", t => t.Bestandsnaam, TbgiXmlSchrijver.SchrijfAsync, ct);

    public Task<IActionResult> OnGetInschrijvingenCsvAsync(long runId, string brin, CancellationToken ct) =>
        DownloadAsync(runId, brin, "text/csv; charset=utf-8", t => Basisnaam(t) + "_inschrijvingen.csv", TbgiCsvSchrijver.SchrijfInschrijvingenAsync, ct);

    public Task<IActionResult> OnGetDiplomasCsvAsync(long runId, string brin, CancellationToken ct) =>
        DownloadAsync(runId, brin, "text/csv; charset=utf-8", t => Basisnaam(t) + "_diplomas.csv", TbgiCsvSchrijver.SchrijfDiplomasAsync, ct);

    /// <summary>A BRIN from the path: the portal's lowercase URLs write it in lower case, DUO in upper case.</summary>
    private static string Brin(string brin) => brin.ToUpperInvariant();

    /// <summary>The CLI's names for the CSV files: DUO's XML name without its extension, then the part.</summary>
    private static string Basisnaam(Tbgi tbgi) => Path.GetFileNameWithoutExtension(tbgi.Bestandsnaam);

    private async Task<IActionResult> DownloadAsync(long runId, string brin, string soort, Func<Tbgi, string> naam,
        Func<Tbgi, Stream, CancellationToken, Task> schrijf, CancellationToken ct)
    {
        if (await runs.TbgiAsync(runId, Brin(brin), Afzender, ct) is not { } tbgi)
        {
            return NietGevonden();
        }

        var buffer = new MemoryStream();
        await schrijf(tbgi, buffer, ct);
        buffer.Position = 0;
        return File(buffer, soort, naam(tbgi));
    }

    /// <summary>False when the run (or TBG-i) is not the medewerker's to see: the page says so in Dutch, with status 404.</summary>
    public bool Gevonden { get; private set; } = true;

    private PageResult NietGevonden()
    {
        Gevonden = false;
        return new PageResult { StatusCode = StatusCodes.Status404NotFound };
    }
}
