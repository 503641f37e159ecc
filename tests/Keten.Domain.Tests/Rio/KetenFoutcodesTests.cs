using System.Reflection;
using System.Text.RegularExpressions;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;

namespace Keten.Domain.Tests.Rio;

/// <summary>Keten's own codes live in one list (Foutcodes.Keten.cs) beside DUO's, and docs/foutcodes.md describes each.</summary>
public partial class KetenFoutcodesTests
{
    private const string Lijst = "Foutcodes.Keten.cs";

    [Fact]
    public void Every_KTN_code_named_in_the_source_is_a_factory_of_the_list()
    {
        var genoemd = BronBestanden().SelectMany(b => KtnCode().Matches(File.ReadAllText(b)).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(genoemd);
        Assert.Empty(genoemd.Except(Factories().Keys));
    }

    [Fact]
    public void No_KTN_code_is_spelled_as_a_string_outside_the_list()
    {
        var buiten = BronBestanden()
            .Where(b => Path.GetFileName(b) != Lijst && KtnLiteral().IsMatch(File.ReadAllText(b)))
            .Select(b => Path.GetRelativePath(Repository(), b));

        Assert.Empty(buiten);
    }

    [Fact]
    public void Every_factory_makes_its_own_code_and_docs_describe_it()
    {
        var docs = File.ReadAllText(Path.Combine(Repository(), "docs", "foutcodes.md"));

        foreach (var (code, factory) in Factories())
        {
            var argumenten = factory.GetParameters().Select(p => p.ParameterType == typeof(long) ? (object)1L : "x").ToArray();
            Assert.Equal(code, ((Foutmelding)factory.Invoke(null, argumenten)!).Foutcode);
            Assert.Contains($"| {code} |", docs, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, MethodInfo> Factories() =>
        typeof(Foutcodes).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Foutmelding) && m.Name.StartsWith("KTN", StringComparison.Ordinal))
            .ToDictionary(m => m.Name, StringComparer.Ordinal);

    private static IEnumerable<string> BronBestanden()
    {
        var src = Path.Combine(Repository(), "src");
        var scheiding = Path.DirectorySeparatorChar;
        return Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(b => !b.Contains($"{scheiding}obj{scheiding}", StringComparison.Ordinal) && !b.Contains($"{scheiding}bin{scheiding}", StringComparison.Ordinal));
    }

    private static string Repository() => RepositoryMap.Pad();

    [GeneratedRegex("KTN[0-9]{3}")]
    private static partial Regex KtnCode();

    [GeneratedRegex("\"KTN[0-9]{3}")]
    private static partial Regex KtnLiteral();
}
