using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;

namespace Keten.Server.Tests.Rio;

/// <summary>
/// The digest stored with every bedrijfsdocument decides whether a repeat is the same message, so its definition must
/// never move: SHA-256 over "operation\nOIN\n" and the canonical JSON, in UTF-8, as lower-case hex. A digest recorded
/// before an upgrade must still match the repeat after it.
/// </summary>
public sealed class BerichtDigestTests
{
    private sealed record Invoer(string Naam, int Aantal, DateOnly Datum, IReadOnlyList<string> Codes);

    public static TheoryData<string> Namen => ["Zoë de Vries-Ünal", "<a href=\"x\">&amp;</a>", "", "tab\tnewline\n", new string('x', 200_000)];

    [Theory]
    [MemberData(nameof(Namen))]
    public void The_digest_is_SHA256_over_operation_oin_and_canonical_json_in_UTF8(string naam)
    {
        var invoer = new Invoer(naam, 42, new DateOnly(2026, 8, 1), ["25001", "€"]);
        var canoniek = "toevoegen_inschrijving\n00000001234567890000\n" + JsonSerializer.Serialize(invoer, RioJson.Options);
        var verwacht = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canoniek)));

        Assert.Equal(verwacht, BerichtDigest.Van("toevoegen_inschrijving", "00000001234567890000", invoer));
    }

    [Fact]
    public void A_digest_after_a_large_one_on_the_same_thread_is_not_disturbed_by_its_leftovers()
    {
        var groot = BerichtDigest.Van("x", "oin", new string('y', 3_000_000));
        var klein = BerichtDigest.Van("x", "oin", "y");

        Assert.NotEqual(groot, klein);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("x\noin\n\"y\""))), klein);
    }
}
