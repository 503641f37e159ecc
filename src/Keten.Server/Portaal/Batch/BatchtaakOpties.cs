namespace Keten.Server.Portaal.Batch;

/// <summary>
/// How the portal's batch workers run (docs/portaal.md, "Batch"): <c>Keten:Batch:LeaseSeconden</c> (30) is how long a
/// claimed job stays its worker's without a renewal (renewed every third of it); <c>Keten:Batch:PollSeconden</c> (1) how
/// often an idle worker looks for a job; answers are stored in blocks of <see cref="Blok"/> or every <see cref="Opslaginterval"/>.
/// </summary>
public sealed record BatchtaakOpties(TimeSpan Lease, TimeSpan Poll)
{
    public int Blok { get; init; } = 25;

    public TimeSpan Opslaginterval { get; init; } = TimeSpan.FromSeconds(1);

    public static BatchtaakOpties Van(IConfiguration configuratie) => new(
        TimeSpan.FromSeconds(configuratie.GetValue("Keten:Batch:LeaseSeconden", 30.0)),
        TimeSpan.FromSeconds(configuratie.GetValue("Keten:Batch:PollSeconden", 1.0)));
}
