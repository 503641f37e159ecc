using System.Reflection;
using System.Text.RegularExpressions;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;

namespace Keten.Domain.Tests.Rio;

/// <summary>
/// Issue 10 point 4: the catalogue is the one list. Every factory's code is in it as implemented (and every implemented
/// code has a factory), every DUO factory gives DUO's own text, and docs/foutcodes.md is what the catalogue writes.
/// </summary>
public class FoutcodecatalogusTests
{
    [Fact]
    public void The_factories_and_the_implemented_codes_of_the_catalogue_are_the_same_codes()
    {
        var geimplementeerd = Foutcodecatalogus.Duo.Where(c => c.Status == Foutcodestatus.Geimplementeerd).Select(c => c.Code)
            .Concat(Foutcodecatalogus.Keten.Select(c => c.Code));

        Assert.Equal(geimplementeerd.Order(StringComparer.Ordinal), Factories().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_code_is_listed_once()
    {
        var codes = Foutcodecatalogus.Duo.Select(c => c.Code).Concat(Foutcodecatalogus.Keten.Select(c => c.Code)).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_code_that_is_not_implemented_says_why_or_what_is_left_and_every_implemented_one_its_condition() =>
        Assert.Empty(Foutcodecatalogus.Duo.Where(c => c.Status != Foutcodestatus.NogNiet && string.IsNullOrWhiteSpace(c.Toelichting)).Select(c => c.Code));

    [Fact]
    public void Every_implemented_DUO_code_is_named_by_a_test_that_triggers_it()
    {
        var tests = Directory.EnumerateFiles(Path.Combine(RepositoryMap.Pad(), "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(nameof(FoutcodecatalogusTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        var geimplementeerd = Foutcodecatalogus.Duo.Where(c => c.Status == Foutcodestatus.Geimplementeerd).Select(c => c.Code);

        var zonderTest = geimplementeerd.Where(code => !tests.Any(t => t.Contains(code, StringComparison.Ordinal))).ToList();
        Assert.True(zonderTest.Count == 0, "implemented codes no test names: " + string.Join(", ", zonderTest));
    }

    [Fact]
    public void Every_DUO_factory_gives_DUOs_text_with_its_placeholders_filled()
    {
        var teksten = Foutcodecatalogus.Duo.ToDictionary(c => c.Code, c => c.Tekst, StringComparer.Ordinal);
        var afwijkend = new List<string>();
        foreach (var factory in Factories().Where(f => teksten.ContainsKey(f.Name)))
        {
            var melding = (Foutmelding)factory.Invoke(null, [.. factory.GetParameters().Select(p => Voorbeeld(p.ParameterType))])!;
            if (!Sjabloon(teksten[factory.Name]).IsMatch(melding.Fouttekst))
            {
                afwijkend.Add($"{factory.Name}: '{melding.Fouttekst}' is not DUO's '{teksten[factory.Name]}'");
            }
        }

        Assert.Empty(afwijkend);
    }

    [Fact]
    public void FoutcodesDocument_docs_foutcodes_md_is_what_the_catalogue_writes()
    {
        var pad = Path.Combine(RepositoryMap.Pad(), "docs", "foutcodes.md");
        var nu = File.ReadAllText(pad);
        var geschreven = FoutcodesDocument.Bijgewerkt(nu);
        if (Environment.GetEnvironmentVariable("KETEN_DOCS_SCHRIJVEN") == "1")
        {
            File.WriteAllText(pad, geschreven);
            return;
        }

        Assert.True(geschreven == nu, "docs/foutcodes.md differs from the catalogue: " + FoutcodesDocument.Begin);
    }

    /// <summary>DUO's text with each %placeholder% standing for any value.</summary>
    private static Regex Sjabloon(string tekst) =>
        new("^" + string.Join(".*", Regex.Split(tekst, "%[^%]+%").Select(Regex.Escape)) + "$", RegexOptions.Singleline);

    private static object Voorbeeld(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(long) ? 1L
        : type == typeof(DateOnly) ? new DateOnly(2021, 8, 1)
        : type == typeof(Guid) ? Guid.Empty
        : type == typeof(OpleidingserkenningSleutel) ? new OpleidingserkenningSleutel("CREBO", "25180")
        : type == typeof(VoVakerkenningSleutel) ? new VoVakerkenningSleutel("ILT", "0137", "VO-VMBO-KB")
        : Nullable.GetUnderlyingType(type) is { } onderliggend ? Voorbeeld(onderliggend)
        : throw new NotSupportedException($"No example of {type} for a factory's parameter: add one here.");

    private static IEnumerable<MethodInfo> Factories() =>
        typeof(Foutcodes).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Foutmelding));
}
