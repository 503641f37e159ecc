namespace Keten.Server.Tests.Rio.Server;

/// <summary>The demo boards (DemoData/referentiedata.json) and their OINs, as the tests use them.</summary>
internal static class DemoBesturen
{
    public const string RocVoorbeeld = "100B001";
    public const string RocVoorbeeldOin = "00000001123456789000";
    public const string Rivierenland = "100B002";
    public const string Zuidrand = "100B003";
    public const string ZuidrandOin = "00000001990100000003";
    public const string Kanaalstreek = "100B005";
    public const string KanaalstreekOin = "00000001990100000005";
}
