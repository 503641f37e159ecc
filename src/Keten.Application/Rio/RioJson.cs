using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Keten.Application.Rio;

/// <summary>The one JSON form of the domain records: stored states, REST bodies and the demo file share it.</summary>
public static class RioJson
{
    public static JsonSerializerOptions Options { get; } = Maak();

    public static string Serialize<T>(T waarde) => JsonSerializer.Serialize(waarde, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Empty JSON for {typeof(T).Name}");

    public static void Configureer(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter());
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(ToestemmingJson.OpCohort);
    }

    private static JsonSerializerOptions Maak()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configureer(options);
        return options;
    }
}
