using Keten.Domain.Bekostiging;

namespace Keten.Domain.Tests.Bekostiging;

/// <summary>The funding-run refusals (BKR): each factory makes its own code, names its field, and docs/rod-codes.md describes each.</summary>
public class BekostigingsrunfoutenTests
{
    [Fact]
    public void Each_refusal_makes_the_code_listed_and_names_its_field_and_docs_describe_every_code()
    {
        var fouten = new[]
        {
            Bekostigingsrunfouten.BKR001(), Bekostigingsrunfouten.BKR002(7, 9),
            Bekostigingsrunfouten.BKR003(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        };
        var docs = File.ReadAllText(Path.Combine(RepositoryMap.Pad(), "docs", "rod-codes.md"));

        Assert.Equal(Bekostigingsrunfouten.Alle, fouten.Select(f => f.Foutcode));
        Assert.Equal(["status", "voor", "bekendOp"], fouten.Select(f => f.Sleutelgegevens[0].Sleutelnaam));
        Assert.All(Bekostigingsrunfouten.Alle, code => Assert.Contains($"| {code} |", docs, StringComparison.Ordinal));
    }
}
