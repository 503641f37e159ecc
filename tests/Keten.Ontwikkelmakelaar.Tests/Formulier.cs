using System.Net;
using System.Text.RegularExpressions;

namespace Keten.Ontwikkelmakelaar.Tests;

/// <summary>What a browser sees of a broker page: the form's action and its hidden fields.</summary>
public static partial class Formulier
{
    public static string Actie(string html) => WebUtility.HtmlDecode(Actieveld().Match(html).Groups[1].Value);

    public static Dictionary<string, string> Verborgen(string html) =>
        Verborgenveld().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"")]
    private static partial Regex Actieveld();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"\\s*/?>")]
    private static partial Regex Verborgenveld();
}
