using Keten.Domain.Rio;

namespace Keten.Domain.Tests.Rio;

public sealed class CoderuimteTests
{
    public static TheoryData<string> Ruimten => new() { "aanbieder", "locatie" };

    [Theory]
    [MemberData(nameof(Ruimten))]
    public void Every_sequence_number_gives_a_distinct_code_of_the_xsd_pattern(string soort)
    {
        var (ruimte, patroon) = soort == "aanbieder"
            ? (Coderuimte.Onderwijsaanbieder, (Func<string, bool>)Codes.IsOnderwijsaanbiedercode)
            : (Coderuimte.Onderwijslocatie, Codes.IsOnderwijslocatiecode);

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 1L; n <= ruimte.Grootte; n++)
        {
            var code = ruimte.Code(n);
            Assert.True(codes.Add(code), code);
            Assert.True(patroon(code), code);
        }

        Assert.Equal(1_000_000, codes.Count);
    }

    [Fact]
    public void Opleidingseenheid_codes_match_their_pattern_and_the_space_has_no_end_before_its_size()
    {
        Assert.Equal(100_000_000, Coderuimte.Opleidingseenheid.Grootte);
        Assert.True(Codes.IsOpleidingseenheidcode(Coderuimte.Opleidingseenheid.Code(1)));
        Assert.True(Codes.IsOpleidingseenheidcode(Coderuimte.Opleidingseenheid.Code(Coderuimte.Opleidingseenheid.Grootte)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Coderuimte.Opleidingseenheid.Code(Coderuimte.Opleidingseenheid.Grootte + 1));
    }
}
