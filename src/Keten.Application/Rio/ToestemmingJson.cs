using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Keten.Domain.Rio;

namespace Keten.Application.Rio;

/// <summary>
/// A cohort's toestemmingVereistVoorAanmelding is DUO's code ("JA", "NEE", or whatever the sender wrote, which the rules
/// refuse with N11450). Keten once held it as a boolean: stored states and bodies from then still read, true as "JA"
/// and false as "NEE". It is always written as the code.
/// </summary>
internal sealed class ToestemmingJson : JsonConverter<string>
{
    private static readonly string Veld = JsonNamingPolicy.CamelCase.ConvertName(nameof(AangebodenOpleidingCohort.ToestemmingVereistVoorAanmelding));

    public static void OpCohort(JsonTypeInfo info)
    {
        if (info.Type != typeof(AangebodenOpleidingCohort))
        {
            return;
        }

        foreach (var eigenschap in info.Properties.Where(e => e.Name == Veld))
        {
            eigenschap.CustomConverter = new ToestemmingJson();
        }
    }

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => "JA",
        JsonTokenType.False => "NEE",
        JsonTokenType.String => reader.GetString()!,
        _ => throw new JsonException($"{Veld} is a string from ToestemmingAanmeldingscohortVereist-v01 (JA, NEE)."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
