using Keten.Application.Rod;

namespace Keten.Server.Tests.Rod;

/// <summary>A new enrolment's id is a version-7 UUID: ids made later sort later, so the index on them grows at one edge.</summary>
public sealed class InschrijvingIdsTests
{
    [Fact]
    public void A_new_enrolment_id_is_a_version_7_uuid_and_a_later_one_sorts_after_it()
    {
        var eerste = InschrijvingIds.Nieuw();
        Thread.Sleep(5);
        var later = InschrijvingIds.Nieuw();

        Assert.Equal(7, Guid.Parse(eerste).Version);
        Assert.Equal(eerste, Guid.Parse(eerste).ToString("D"));
        Assert.True(string.CompareOrdinal(eerste, later) < 0, $"{eerste} should sort before {later}");
    }
}
