using System.Text;
using Keten.Application.Toegang;
using OtpNet;

namespace Keten.Server.Tests.Toegang;

/// <summary>The DUO token's codes: RFC 6238 appendix B and the window of one step either side.</summary>
public class TotpControleTests
{
    private static readonly byte[] Rfc6238Geheim = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Rfc6238_sha1_test_vectors_give_their_code_and_verify(long seconden, string code)
    {
        var moment = DateTimeOffset.FromUnixTimeSeconds(seconden);

        Assert.Equal(code, TotpControle.Code(Rfc6238Geheim, moment, 8, OtpHashMode.Sha1));
        Assert.Equal(seconden / 30, TotpControle.Controleer(Rfc6238Geheim, code, moment, 8, OtpHashMode.Sha1));
    }

    [Fact]
    public void A_code_of_the_step_before_or_after_is_accepted_two_steps_away_is_not()
    {
        var geheim = TotpControle.Geheim("JBSWY3DPEHPK3PXP");
        var nu = new DateTimeOffset(2024, 9, 2, 8, 0, 15, TimeSpan.Zero);
        var stap = nu.ToUnixTimeSeconds() / 30;

        Assert.Equal(stap - 1, TotpControle.Controleer(geheim, TotpControle.Code(geheim, nu.AddSeconds(-30)), nu));
        Assert.Equal(stap + 1, TotpControle.Controleer(geheim, TotpControle.Code(geheim, nu.AddSeconds(30)), nu));
        Assert.Null(TotpControle.Controleer(geheim, TotpControle.Code(geheim, nu.AddSeconds(-60)), nu));
        Assert.Null(TotpControle.Controleer(geheim, TotpControle.Code(geheim, nu.AddSeconds(60)), nu));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12345a")]
    [InlineData("1234567")]
    public void A_code_that_is_not_six_digits_is_refused(string code) =>
        Assert.Null(TotpControle.Controleer(TotpControle.Geheim("JBSWY3DPEHPK3PXP"), code, DateTimeOffset.UnixEpoch));
}
