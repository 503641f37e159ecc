using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keten.Storage.Referentie;

/// <summary>
/// The canonical JSON of a reference item as stored: System.Text.Json web defaults (camelCase), enums as
/// strings, DateOnly as yyyy-MM-dd, no indentation. The same record always gives the same text, which is
/// what makes loading a file twice change nothing.
/// </summary>
public static class ReferentiedataJson
{
    public static JsonSerializerOptions Opties { get; } = MaakOpties();

    private static JsonSerializerOptions MaakOpties()
    {
        var opties = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = false };
        opties.Converters.Add(new JsonStringEnumConverter());
        opties.MakeReadOnly(populateMissingResolver: true);
        return opties;
    }
}
