using System.Globalization;
using Keten.Application.Bekostiging;
using Keten.Domain.Bekostiging;
using Keten.Storage.Bekostiging;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

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

    /// <summary>About the widest a character of the default 12 px Arial is drawn (OxyPlot measures text narrower).</summary>
    private const double TekenBreedte = 7;

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
        var model = new PlotModel
        {
            Culture = CultureInfo.InvariantCulture,
            Background = OxyColors.White,
            DefaultFont = "Arial",
        };
        var labels = balken.Select(b => b.Naam).ToList();
        model.PlotMargins = new OxyThickness(20 + (TekenBreedte * labels.Select(l => l.Length).DefaultIfEmpty(0).Max()), double.NaN, double.NaN, double.NaN);
        var namen = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        namen.Labels.AddRange(labels);
        model.Axes.Add(namen);
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom, Minimum = 0, MinimumRange = 1, MaximumPadding = 0.12, Title = "Bekostigde inschrijvingen op 1 oktober",
            MajorGridlineStyle = LineStyle.Dot, MinimumMajorStep = 1, MinimumMinorStep = 1,
        });
        var reeks = new BarSeries { FillColor = OxyColor.FromRgb(0x01, 0x68, 0x9b), LabelPlacement = LabelPlacement.Outside, LabelFormatString = "{0}" };
        reeks.Items.AddRange(balken.Select(b => new BarItem(b.Bekostigd)));
        model.Series.Add(reeks);
        var svg = SvgExporter.ExportToString(model, Breedte, 90 + (32 * Math.Max(1, balken.Count)), isDocument: false);
        var begin = svg.IndexOf("<svg", StringComparison.Ordinal);
        return svg[..(begin + 4)] + $" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" focusable=\"false\"" + svg[(begin + 4)..];
    }
}
