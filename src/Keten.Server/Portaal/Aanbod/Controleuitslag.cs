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
            return (o, (IReadOnlyList<Veldverschil>)[.. velden.Select(v => new Veldverschil(v.Pad, Soort(v.Soort), Tekst(v.Oud), Tekst(v.Nieuw)))]);
        }).ToList();
        return new Controleuitslag(antwoord, objecten);
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
