using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Keten.Server.Rio.Rest;

/// <summary>
/// Finds a null element in any list of a body read from JSON (<c>"bpvs": [null]</c>): System.Text.Json enforces the
/// nullability of properties (<see cref="JsonSerializerOptions.RespectNullableAnnotations"/>) but not of a list's
/// elements, and no rule expects one.
/// </summary>
internal static class NullElementen
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Eigenschappen = new();

    /// <summary>The JSON path of the first null list element in <paramref name="waarde"/>'s graph, or null when there is none.</summary>
    public static string? Zoek(object waarde, JsonNamingPolicy? naamgeving, string pad = "$")
    {
        foreach (var eigenschap in Eigenschappen.GetOrAdd(waarde.GetType(), Gelezen))
        {
            var naam = $"{pad}.{naamgeving?.ConvertName(eigenschap.Name) ?? eigenschap.Name}";
            switch (eigenschap.GetValue(waarde))
            {
                case null or string:
                    continue;
                case IEnumerable lijst:
                    var index = 0;
                    foreach (var element in lijst)
                    {
                        var elementpad = $"{naam}[{index++}]";
                        if (element is null)
                        {
                            return elementpad;
                        }

                        if (Doorzoekbaar(element) && Zoek(element, naamgeving, elementpad) is { } dieper)
                        {
                            return dieper;
                        }
                    }

                    break;
                case var object_ when Doorzoekbaar(object_) && Zoek(object_, naamgeving, naam) is { } dieper:
                    return dieper;
            }
        }

        return null;
    }

    private static bool Doorzoekbaar(object waarde) =>
        waarde.GetType() is { IsClass: true } type && type.Namespace?.StartsWith("Keten.", StringComparison.Ordinal) == true;

    /// <summary>The properties JSON fills (settable or init); computed ones are left alone.</summary>
    private static PropertyInfo[] Gelezen(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is not null)];
}
