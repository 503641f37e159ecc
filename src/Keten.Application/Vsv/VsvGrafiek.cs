using System.Globalization;
using Keten.Domain.Vsv;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace Keten.Application.Vsv;

/// <summary>
/// The VSV percentages as a horizontal bar chart in SVG (OxyPlot's SvgExporter, managed code only): one bar per
/// institution of a region, or per region, labelled with the percentage, the VSV'ers and the denominator. Drawn by the
/// CLI (keten vsv rapport --svg) and served inline by the portal's VSV page.
/// </summary>
public static class VsvGrafiek
{
    private const double Breedte = 900;

    /// <summary>About the widest a character of the default 12 px Arial is drawn.</summary>
    private const double TekenBreedte = 7;

    public static void Schrijf(Stream uit, Vsvrapport rapport, bool perInstelling)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var balken = perInstelling
            ? rapport.Instellingen.Select(i => (Naam: $"{i.Brin} {i.Naam}", i.Percentage, i.Vsv, i.Deelnemers)).ToList()
            : rapport.Regios.Select(r => (Naam: $"RMC {r.Code ?? "?"} {r.Naam ?? "onbekend"}", r.Percentage, r.Vsv, r.Deelnemers)).ToList();
        var model = new PlotModel
        {
            Title = string.Create(CultureInfo.InvariantCulture,
                $"Nieuwe voortijdig schoolverlaters {rapport.Peildatum:d-M-yyyy} tot {rapport.VolgendePeildatum:d-M-yyyy}"),
            Subtitle = "percentage van de ingeschrevenen jonger dan 23 op 1 oktober t, " + (perInstelling ? "per instelling" : "per RMC-regio"),
            Culture = CultureInfo.InvariantCulture,
            Background = OxyColors.White,
            DefaultFont = "Arial",
            TitleFontSize = 16,
            SubtitleFontSize = 12,
        };
        var labels = balken.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Naam} ({b.Vsv} van {b.Deelnemers})")).ToList();

        // OxyPlot measures text narrower than browsers draw it; the left margin is set from the longest label instead.
        model.PlotMargins = new OxyThickness(20 + (TekenBreedte * labels.Select(l => l.Length).DefaultIfEmpty(0).Max()), double.NaN, double.NaN, double.NaN);
        var namen = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        namen.Labels.AddRange(labels);
        model.Axes.Add(namen);
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom, Minimum = 0, MinimumRange = 1, MaximumPadding = 0.12, Title = "% VSV (VSV'ers van de ingeschrevenen < 23)",
            MajorGridlineStyle = LineStyle.Dot,
        });
        var reeks = new BarSeries { FillColor = OxyColor.FromRgb(0x1f, 0x5f, 0x9f), LabelPlacement = LabelPlacement.Outside, LabelFormatString = "{0:0.00}%" };
        reeks.Items.AddRange(balken.Select(b => new BarItem((double)(b.Percentage ?? 0m))));
        model.Series.Add(reeks);
        new SvgExporter { Width = Breedte, Height = 120 + (32 * Math.Max(1, balken.Count)) }.Export(model, uit);
    }

    /// <summary>The chart as SVG text.</summary>
    public static string Svg(Vsvrapport rapport, bool perInstelling)
    {
        using var uit = new MemoryStream();
        Schrijf(uit, rapport, perInstelling);
        return System.Text.Encoding.UTF8.GetString(uit.ToArray());
    }
}
