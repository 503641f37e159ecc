using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keten.Application.Rio.Proefdraai;

/// <summary>An enum written as a camelCase string (<c>toegevoegd</c>, <c>aangebodenOpleiding</c>) in the dry-run answer.</summary>
public sealed class CamelCaseEnum<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum;
