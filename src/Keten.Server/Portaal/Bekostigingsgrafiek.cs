using Keten.Application.Bekostiging;
using Keten.Application.Grafieken;
using Keten.Domain.Bekostiging;
using Keten.Storage.Bekostiging;
using OxyPlot;

namespace Keten.Server.Portaal;

/// <summary>One bar of the run's chart: the funded enrolments of a sector, leertraject and niveau on 1 October.</summary>
public sealed record Grafiekbalk(string Sector, string? Leertraject, string? Niveau, long Bekostigd)
{
    public string Naam => $"{Sector} {Leertraject ?? "–"} niveau {Niveau ?? "–"}";
}

/// <summary>
/// A run's funded count per sector, leertraject and niveau on the 1 October teldatum (the base count) as an SVG bar
/// chart drawn on the server with OxyPlot (as the CLI draws VSV), to put inline in the page with role img and a label.
/// </summary>
public static class Bekostigingsgrafiek
{
    private const double Breedte = 820;

    public static IReadOnlyList<Grafiekbalk> Balken(IEnumerable<Runtotaal> totalen) =>
    [
        .. totalen.Where(t => t.Soort == Regelsoort.Inschrijving && t.Teldatum is { } d && Teldata.IsEenOktober(d))
            .GroupBy(t => (t.Sector, t.Leertraject, t.Niveau))
            .Select(g => new Grafiekbalk(g.Key.Sector, g.Key.Leertraject, g.Key.Niveau, g.Sum(t => t.Bekostigd)))
            .Where(b => b.Bekostigd > 0)
            .OrderBy(b => b.Sector, StringComparer.Ordinal).ThenBy(b => b.Leertraject, StringComparer.Ordinal).ThenBy(b => b.Niveau, StringComparer.Ordinal),
    ];

    /// <summary>The chart as an inline &lt;svg&gt; element with role="img" and <paramref name="label"/> as its accessible name.</summary>
    public static string Svg(IReadOnlyList<Grafiekbalk> balken, string label)
    {
        ArgumentNullException.ThrowIfNull(balken);
        var model = Staafgrafiek.Maak([.. balken.Select(b => new Staaf(b.Naam, b.Bekostigd))], "Bekostigde inschrijvingen op 1 oktober", "{0}",
            OxyColor.FromRgb(0x01, 0x68, 0x9b), geheleGetallen: true);
        return InlineSvg.Van(SvgExporter.ExportToString(model, Breedte, Staafgrafiek.Hoogte(balken.Count, 90), isDocument: false), label);
    }
}
