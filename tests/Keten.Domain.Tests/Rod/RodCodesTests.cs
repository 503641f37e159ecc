using System.Reflection;
using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Ketensignalen;

namespace Keten.Domain.Tests.Rod;

/// <summary>Every ROD, RS, BEK, B and KS code is made by its factory or constant, each once, and docs/rod-codes.md describes each.</summary>
public class RodCodesTests
{
    [Fact]
    public void Every_code_is_its_own_factory_name_and_unique()
    {
        var codes = Alle().ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("ROD035", codes);
        Assert.Contains("RS001", codes);
    }

    [Fact]
    public void Docs_describe_every_code()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryMap.Pad(), "docs", "rod-codes.md"));

        Assert.All(Alle(), code => Assert.Contains($"| {code} |", docs, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Alle() =>
        Factories(typeof(RodFoutcodes), m => ((Foutmelding)m).Foutcode)
            .Concat(Factories(typeof(RodSignaalcodes), m => ((Signaal)m).Signaalcode))
            .Concat(Bekostigingsredenen.Alle)
            .Concat(Bekostigingssignaalcodes.Alle)
            .Concat(Ketensignaalcodes.Alle);

    private static IEnumerable<string> Factories(Type type, Func<object, string> code) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Foutmelding) || m.ReturnType == typeof(Signaal))
            .Select(m =>
            {
                var gemaakt = code(m.Invoke(null, [.. m.GetParameters().Select(Voorbeeld)])!);
                Assert.Equal(m.Name, gemaakt);
                return gemaakt;
            });

    private static object? Voorbeeld(ParameterInfo p) =>
        p.ParameterType == typeof(DateOnly) ? new DateOnly(2024, 8, 1)
        : p.ParameterType == typeof(DateOnly?) ? null
        : p.ParameterType == typeof(int) ? 3
        : p.ParameterType == typeof(Guid) ? Guid.Empty
        : "x";
}
