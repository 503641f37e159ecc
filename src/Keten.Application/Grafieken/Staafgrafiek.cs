using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace Keten.Application.Grafieken;

/// <summary>One bar: its label on the left and its value.</summary>
public sealed record Staaf(string Label, double Waarde);

/// <summary>
/// The horizontal bar chart Keten draws for people (VSV per instelling or region, a funding run's counts): one bar per
/// category from top to bottom, each labelled with its value, the left margin wide enough for the longest label.
/// OxyPlot (managed code only) draws it; the caller adds titles and exports it (SVG).
/// </summary>
public static class Staafgrafiek
{
    /// <summary>About the widest a character of the default 12 px Arial is drawn (OxyPlot measures text narrower than browsers draw it).</summary>
    private const double TekenBreedte = 7;

    /// <summary>The height that gives each bar 32 px besides <paramref name="kop"/> for titles and the axis.</summary>
    public static double Hoogte(int staven, double kop) => kop + (32 * Math.Max(1, staven));

    public static PlotModel Maak(IReadOnlyList<Staaf> staven, string asTitel, string waardeFormaat, OxyColor kleur, bool geheleGetallen = false)
    {
        ArgumentNullException.ThrowIfNull(staven);
        var model = new PlotModel { Culture = CultureInfo.InvariantCulture, Background = OxyColors.White, DefaultFont = "Arial" };
        model.PlotMargins = new OxyThickness(20 + (TekenBreedte * staven.Select(s => s.Label.Length).DefaultIfEmpty(0).Max()), double.NaN, double.NaN, double.NaN);
        var namen = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        namen.Labels.AddRange(staven.Select(s => s.Label));
        model.Axes.Add(namen);
        var waarden = new LinearAxis
        {
            Position = AxisPosition.Bottom, Minimum = 0, MinimumRange = 1, MaximumPadding = 0.12, Title = asTitel, MajorGridlineStyle = LineStyle.Dot,
        };
        if (geheleGetallen)
        {
            waarden.MinimumMajorStep = 1;
            waarden.MinimumMinorStep = 1;
        }

        model.Axes.Add(waarden);
        var reeks = new BarSeries { FillColor = kleur, LabelPlacement = LabelPlacement.Outside, LabelFormatString = waardeFormaat };
        reeks.Items.AddRange(staven.Select(s => new BarItem(s.Waarde)));
        model.Series.Add(reeks);
        return model;
    }
}
