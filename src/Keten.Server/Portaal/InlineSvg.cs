using System.Text.Encodings.Web;

namespace Keten.Server.Portaal;

/// <summary>An SVG document (OxyPlot writes one) made fit to sit in a page: no XML prolog or doctype, role img with a name.</summary>
public static class InlineSvg
{
    public static string Van(string document, string naam)
    {
        ArgumentNullException.ThrowIfNull(document);
        var begin = document.IndexOf("<svg", StringComparison.Ordinal);
        if (begin < 0)
        {
            return "";
        }

        var svg = document[begin..];
        return "<svg role=\"img\" aria-label=\"" + HtmlEncoder.Default.Encode(naam) + "\" class=\"portaal-grafiek\"" + svg["<svg".Length..];
    }
}
