using System.Globalization;
using Keten.Application.Bekostiging;
using Keten.Application.Toegang;
using Keten.Domain.Bekostiging;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Toegang;
using Keten.Storage.Bekostiging;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Bekostiging;

/// <summary>
/// The funding runs the medewerker may see (the board's own preliminary ones and the definitive ones) and the form that
/// starts a preliminary run of the own instellingen, through <see cref="Bekostigingsruns"/> as /api/bekostiging does.
/// </summary>
[PortaalFuncties(Functie.BekostigingInzien)]
public sealed class RunsModel(Bekostigingsruns runs, Instellingsbevoegdheid bevoegdheid) : PortaalPaginaModel
{
    public static IReadOnlyList<string> Velden { get; } = ["sector", "bekostigingsjaar", "brin", "bekendOp"];

    public IReadOnlyList<Bekostigingsrun> Runs { get; private set; } = [];

    public IReadOnlyList<string> Instellingen { get; private set; } = [];

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public string SectorKeuze { get; private set; } = "MBO";

    public string? Bekostigingsjaar { get; private set; }

    public string? Brin { get; private set; }

    public string? BekendOp { get; private set; }

    public long? Gestart { get; private set; }

    public async Task OnGetAsync(long? gestart, CancellationToken ct)
    {
        Gestart = gestart;
        await BereidAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string? sector, string? bekostigingsjaar, string? brin, string? bekendOp, CancellationToken ct)
    {
        (SectorKeuze, Bekostigingsjaar, Brin, BekendOp) = (sector ?? "", bekostigingsjaar, string.IsNullOrEmpty(brin) ? null : brin, bekendOp);
        var fouten = new List<Veldfout>();
        if (!Enum.TryParse<Sector>(sector, out var gekozen) || !Enum.IsDefined(gekozen))
        {
            fouten.Add(Ongeldig("sector", "kies MBO of VO"));
        }

        if (!int.TryParse(bekostigingsjaar, NumberStyles.None, CultureInfo.InvariantCulture, out var jaar) || jaar is < 2000 or > 2100)
        {
            fouten.Add(Ongeldig("bekostigingsjaar", "een bekostigingsjaar is een jaartal, zoals 2028"));
        }

        DateTimeOffset? moment = null;
        if (!string.IsNullOrEmpty(bekendOp))
        {
            if (DateTime.TryParse(bekendOp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var lokaal))
            {
                moment = Bekostigingsopmaak.AlsNederlandseTijd(lokaal);
            }
            else
            {
                fouten.Add(Ongeldig("bekendOp", "bekend op is een datum en tijd"));
            }
        }

        if (fouten.Count == 0)
        {
            var (run, weigeringen) = await runs.StartAsync(new BekostigingsrunVerzoek(gekozen, jaar, Statusbepaling.Voorlopig, moment, Brin), Afzender, ct);
            if (run is not null)
            {
                return RedirectToPage("/Bekostiging/Index", new { gestart = run.RunId });
            }

            fouten.AddRange(weigeringen.Select(f => Veldfout.Van(f, Velden, "sector")));
        }

        Fouten = fouten;
        await BereidAsync(ct);
        return Page();
    }

    private async Task BereidAsync(CancellationToken ct)
    {
        Runs = await runs.RunsAsync(null, null, Afzender, ct);
        Instellingen = await bevoegdheid.BrinsAsync(Afzender, Functie.BekostigingInzien, ct) ?? [];
    }

    private static Veldfout Ongeldig(string veld, string melding) => Veldfout.Ongeldig(veld, melding);
}
