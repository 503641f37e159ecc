using System.Text.Json;
using System.Text.Json.Nodes;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rio.Proefdraai;

namespace Keten.Server.Portaal.Aanbod;

/// <summary>One changed field of a dry run as the page lists it: DUO's path, what happens, the old and the new value.</summary>
public sealed record Veldverschil(string Pad, string Soort, string? Oud, string? Nieuw);

/// <summary>
/// What "Controleren" shows: the dry run's answer (Proefdraaiantwoord, as REST's ?dryRun=true gives it) per object, with
/// every field; for a new object every field it would get (the application's JSON diff against an empty object).
/// </summary>
public sealed record Controleuitslag(Proefdraaiantwoord Antwoord, IReadOnlyList<(ObjectVerschil Object, IReadOnlyList<Veldverschil> Velden)> Objecten)
{
    public static Controleuitslag Van(VerwerkResultaat resultaat)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        var antwoord = Proefdraaiantwoord.Van(resultaat);
        var objecten = antwoord.Verschillen.Select((o, i) =>
        {
            var velden = o.Soort == VerschilSoort.Toegevoegd && resultaat.Wijzigingen[i].StateJson is { } staat
                ? JsonVerschillen.Bepaal(new JsonObject(), JsonNode.Parse(staat))
                : o.Velden;
            return (o, (IReadOnlyList<Veldverschil>)[.. velden.SelectMany(Uitgeschreven)]);
        }).ToList();
        return new Controleuitslag(antwoord, objecten);
    }

    /// <summary>
    /// An added or removed object or keyed list written out field by field (perioden[begindatum=…].eigenNaam…), so a
    /// person reads fields rather than JSON; a changed value, and an item of a list without key, stay one line.
    /// </summary>
    private static IEnumerable<Veldverschil> Uitgeschreven(Verschil verschil)
    {
        var soort = Soort(verschil.Soort);
        if (verschil.Soort == VerschilSoort.Gewijzigd || (verschil.Nieuw ?? verschil.Oud) is not { } waarde || waarde is JsonValue)
        {
            return [new Veldverschil(verschil.Pad, soort, Tekst(verschil.Oud), Tekst(verschil.Nieuw))];
        }

        var toegevoegd = verschil.Soort == VerschilSoort.Toegevoegd;
        return Bladeren(verschil.Pad, waarde).Select(b => new Veldverschil(b.Pad, soort, toegevoegd ? null : b.Tekst, toegevoegd ? b.Tekst : null));
    }

    private static IEnumerable<(string Pad, string Tekst)> Bladeren(string pad, JsonNode? waarde)
    {
        switch (waarde)
        {
            case null:
                yield break;
            case JsonObject velden:
                foreach (var (naam, veld) in velden)
                {
                    foreach (var blad in Bladeren(pad.Length == 0 ? naam : $"{pad}.{naam}", veld))
                    {
                        yield return blad;
                    }
                }

                break;
            case JsonArray lijst:
                foreach (var item in lijst)
                {
                    var sleutel = item is JsonObject o ? JsonVerschillen.Sleutelvelden.FirstOrDefault(s => o[s] is JsonValue) : null;
                    var items = sleutel is null ? [($"{pad}[]", Tekst(item) ?? "")] : Bladeren($"{pad}[{sleutel}={Tekst(item![sleutel])}]", item);
                    foreach (var blad in items)
                    {
                        yield return blad;
                    }
                }

                break;
            default:
                yield return (pad, Tekst(waarde) ?? "");
                break;
        }
    }

    public static string Soort(VerschilSoort soort) => soort switch
    {
        VerschilSoort.Toegevoegd => "toegevoegd",
        VerschilSoort.Gewijzigd => "gewijzigd",
        VerschilSoort.Verwijderd => "verwijderd",
        _ => "ongewijzigd",
    };

    private static readonly JsonSerializerOptions Leesbaar = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string? Tekst(JsonNode? waarde) =>
        waarde is JsonValue v && v.TryGetValue<string>(out var tekst) ? tekst : waarde?.ToJsonString(Leesbaar);
}
