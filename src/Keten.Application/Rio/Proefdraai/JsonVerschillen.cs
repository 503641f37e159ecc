using System.Globalization;
using System.Text.Json.Nodes;

namespace Keten.Application.Rio.Proefdraai;

/// <summary>
/// Field-by-field differences between two JSON states of one domain record (RioJson form). Lists of objects
/// are matched by their key field (<see cref="Sleutelvelden"/>), so a changed period or cohort reads as that
/// period or cohort changing rather than as the list changing; other lists are compared as sets of items.
/// </summary>
public static class JsonVerschillen
{
    /// <summary>The fields that identify an item of a list, first match wins.</summary>
    public static readonly IReadOnlyList<string> Sleutelvelden = ["cohortcode", "begindatum", "instellingserkenningscode"];

    public static IReadOnlyList<Verschil> Bepaal(JsonNode? oud, JsonNode? nieuw)
    {
        var verschillen = new List<Verschil>();
        Vergelijk("", oud, nieuw, verschillen);
        return verschillen;
    }

    private static void Vergelijk(string pad, JsonNode? oud, JsonNode? nieuw, List<Verschil> verschillen)
    {
        if (JsonNode.DeepEquals(oud, nieuw))
        {
            return;
        }

        switch (oud, nieuw)
        {
            case (null, _):
                verschillen.Add(new Verschil(pad, VerschilSoort.Toegevoegd, null, nieuw!.DeepClone()));
                break;
            case (_, null):
                verschillen.Add(new Verschil(pad, VerschilSoort.Verwijderd, oud.DeepClone(), null));
                break;
            case (JsonObject o, JsonObject n):
                VergelijkObjecten(pad, o, n, verschillen);
                break;
            case (JsonArray o, JsonArray n):
                VergelijkLijsten(pad, o, n, verschillen);
                break;
            default:
                verschillen.Add(new Verschil(pad, VerschilSoort.Gewijzigd, oud.DeepClone(), nieuw.DeepClone()));
                break;
        }
    }

    private static void VergelijkObjecten(string pad, JsonObject oud, JsonObject nieuw, List<Verschil> verschillen)
    {
        foreach (var naam in oud.Select(p => p.Key).Union(nieuw.Select(p => p.Key)))
        {
            Vergelijk(Veld(pad, naam), oud[naam], nieuw[naam], verschillen);
        }
    }

    private static void VergelijkLijsten(string pad, JsonArray oud, JsonArray nieuw, List<Verschil> verschillen)
    {
        if (Sleutelveld(oud, nieuw) is { } sleutel)
        {
            var oudeItems = oud.ToDictionary(i => Tekst(i![sleutel]), StringComparer.Ordinal);
            var nieuweItems = nieuw.ToDictionary(i => Tekst(i![sleutel]), StringComparer.Ordinal);
            foreach (var waarde in oudeItems.Keys.Union(nieuweItems.Keys))
            {
                Vergelijk($"{pad}[{sleutel}={waarde}]", oudeItems.GetValueOrDefault(waarde), nieuweItems.GetValueOrDefault(waarde), verschillen);
            }

            return;
        }

        var resterend = nieuw.ToList();
        foreach (var item in oud)
        {
            var gelijk = resterend.FindIndex(n => JsonNode.DeepEquals(n, item));
            if (gelijk >= 0)
            {
                resterend.RemoveAt(gelijk);
            }
            else
            {
                verschillen.Add(new Verschil(pad + "[]", VerschilSoort.Verwijderd, item?.DeepClone(), null));
            }
        }

        verschillen.AddRange(resterend.Select(n => new Verschil(pad + "[]", VerschilSoort.Toegevoegd, null, n?.DeepClone())));
    }

    /// <summary>The key field present, with distinct values, in every item of both lists; null when there is none.</summary>
    private static string? Sleutelveld(JsonArray oud, JsonArray nieuw)
    {
        var items = oud.Concat(nieuw).ToList();
        return Sleutelvelden.FirstOrDefault(veld =>
            items.All(i => i is JsonObject o && o[veld] is JsonValue)
            && Uniek(oud, veld) && Uniek(nieuw, veld));
    }

    private static bool Uniek(JsonArray lijst, string veld) =>
        lijst.Select(i => Tekst(i![veld])).Distinct(StringComparer.Ordinal).Count() == lijst.Count;

    private static string Tekst(JsonNode? waarde) =>
        waarde is JsonValue v && v.TryGetValue<string>(out var s) ? s : waarde?.ToJsonString() ?? "";

    private static string Veld(string pad, string naam) =>
        pad.Length == 0 ? naam : string.Create(CultureInfo.InvariantCulture, $"{pad}.{naam}");
}
