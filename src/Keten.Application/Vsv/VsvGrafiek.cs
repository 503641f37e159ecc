using System.Globalization;
using Keten.Application.Grafieken;
using Keten.Domain.Vsv;
using OxyPlot;

namespace Keten.Application.Vsv;

/// <summary>
/// The VSV percentages as a horizontal bar chart in SVG (OxyPlot's SvgExporter, managed code only): one bar per
/// institution of a region, or per region, labelled with the percentage, the VSV'ers and the denominator. Drawn by the
/// CLI (keten vsv rapport --svg) and served inline by the portal's VSV page.
/// </summary>
public static class VsvGrafiek
{
    private const double Breedte = 900;

    public static void Schrijf(Stream uit, Vsvrapport rapport, bool perInstelling)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var balken = perInstelling
            ? rapport.Instellingen.Select(i => (Naam: $"{i.Brin} {i.Naam}", i.Percentage, i.Vsv, i.Deelnemers)).ToList()
            : rapport.Regios.Select(r => (Naam: $"RMC {r.Code ?? "?"} {r.Naam ?? "onbekend"}", r.Percentage, r.Vsv, r.Deelnemers)).ToList();
        var staven = balken.Select(b => new Staaf(string.Create(CultureInfo.InvariantCulture, $"{b.Naam} ({b.Vsv} van {b.Deelnemers})"),
            (double)(b.Percentage ?? 0m))).ToList();
        var model = Staafgrafiek.Maak(staven, "% VSV (VSV'ers van de ingeschrevenen < 23)", "{0:0.00}%", OxyColor.FromRgb(0x1f, 0x5f, 0x9f));
        model.Title = string.Create(CultureInfo.InvariantCulture,
            $"Nieuwe voortijdig schoolverlaters {rapport.Peildatum:d-M-yyyy} tot {rapport.VolgendePeildatum:d-M-yyyy}");
        model.Subtitle = "percentage van de ingeschrevenen jonger dan 23 op 1 oktober t, " + (perInstelling ? "per instelling" : "per RMC-regio");
        model.TitleFontSize = 16;
        model.SubtitleFontSize = 12;
        new SvgExporter { Width = Breedte, Height = Staafgrafiek.Hoogte(staven.Count, 120) }.Export(model, uit);
    }

    /// <summary>The chart as SVG text.</summary>
    public static string Svg(Vsvrapport rapport, bool perInstelling)
    {
        using var uit = new MemoryStream();
        Schrijf(uit, rapport, perInstelling);
        return System.Text.Encoding.UTF8.GetString(uit.ToArray());
    }
}
