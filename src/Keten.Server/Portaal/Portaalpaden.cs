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

    /// <summary>An enrolment's detail by its stable id (never a person's number); it says so, with 404, when the enrolment is not there.</summary>
    public static string Inschrijving(string id) => $"{Basis}/inschrijvingen/{UrlEncoder.Default.Encode(id)}";
}
