using System.Text.Json;

namespace Keten.Server.Tests.Rio.Xml;

/// <summary>Records holding lists compare by reference; compare their JSON instead.</summary>
internal static class JsonGelijk
{
    private static readonly JsonSerializerOptions Opties = new() { WriteIndented = true };

    public static void AssertGelijk<T>(T verwacht, T werkelijk) =>
        Assert.Equal(JsonSerializer.Serialize(verwacht, Opties), JsonSerializer.Serialize(werkelijk, Opties));
}
