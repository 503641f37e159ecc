using Keten.Domain.Rio;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keten.Server.Rio.Rest;

/// <summary>
/// The REST reference describes a cohort's toestemmingVereistVoorAanmelding as the string it is: the JSON converter
/// that also reads the earlier boolean (RioJson) hides its type from the schema generator.
/// </summary>
internal static class ToestemmingSchema
{
    private const string Veld = "toestemmingVereistVoorAanmelding";

    public static Task Beschrijf(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonTypeInfo.Type == typeof(AangebodenOpleidingCohort) && schema.Properties is { } eigenschappen && eigenschappen.ContainsKey(Veld))
        {
            eigenschappen[Veld] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "ToestemmingAanmeldingscohortVereist-v01: JA of NEE (een andere waarde: N11450).",
            };
        }

        return Task.CompletedTask;
    }
}
