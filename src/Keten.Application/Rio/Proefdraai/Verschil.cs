using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Keten.Application.Rio.Proefdraai;

public enum VerschilSoort
{
    Toegevoegd,
    Gewijzigd,
    Verwijderd,

    /// <summary>Only for a whole object: delivered again exactly as stored.</summary>
    Ongewijzigd,
}

/// <summary>
/// One field that a delivery would change. Pad names the field from the object's root, with list items by
/// their key: <c>perioden[begindatum=2024-08-01].eigenNaamAangebodenOpleiding</c>, <c>cohorten[cohortcode=2025-09]</c>.
/// Oud is absent for an added field or item, Nieuw for a removed one.
/// </summary>
public sealed record Verschil(
    string Pad,
    [property: JsonConverter(typeof(CamelCaseEnum<VerschilSoort>))] VerschilSoort Soort,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonNode? Oud,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonNode? Nieuw);
