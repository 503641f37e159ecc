using System.Text.Json.Serialization;
using Keten.Storage;

namespace Keten.Application.Rio.Proefdraai;

/// <summary>
/// What a delivery would do to one stored object: create, change (field by field) or remove it. Enum values are
/// camelCase strings: objectSoort <c>aangebodenOpleiding</c>, soort <c>gewijzigd</c>.
/// </summary>
public sealed record ObjectVerschil(
    [property: JsonConverter(typeof(CamelCaseEnum<RioObjectSoort>))] RioObjectSoort ObjectSoort,
    string Sleutel,
    [property: JsonConverter(typeof(CamelCaseEnum<VerschilSoort>))] VerschilSoort Soort,
    IReadOnlyList<Verschil> Velden);
