using System.Text.Encodings.Web;

namespace Keten.Server.Portaal;

/// <summary>The portal's addresses that code builds (pages link with asp-page).</summary>
public static class Portaalpaden
{
    public const string Basis = "/portaal";

    public static string Inloggen(string? terug) =>
        terug is null or Basis ? Basis + "/inloggen" : $"{Basis}/inloggen?terug={UrlEncoder.Default.Encode(terug)}";

    public static string GeenToegang(string code, string? functies) =>
        $"{Basis}/geen-toegang?code={UrlEncoder.Default.Encode(code)}" + (functies is null ? "" : $"&functies={UrlEncoder.Default.Encode(functies)}");
}
