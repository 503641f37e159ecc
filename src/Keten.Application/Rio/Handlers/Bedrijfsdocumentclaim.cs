using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// How every write handler starts its transaction: the bedrijfsdocument id claimed, together with the objects its rules
/// will read (<see cref="IRioTransactie.LeesVooruitAsync"/>, one round trip). A repeat of the same message is rolled back
/// and gets its recorded answer; the same id for another message is refused.
/// </summary>
public static class Bedrijfsdocumentclaim
{
    /// <returns>The recorded answer (JSON) of a repeat, or null when the message is new (or has no id).</returns>
    /// <exception cref="BedrijfsdocumentAlGebruiktException">The id was used for another message.</exception>
    public static async Task<string?> ClaimAsync(IRioTransactie transactie, string operatie, Afzender afzender, string? bedrijfsdocumentId, string digest,
        IReadOnlyCollection<TeLezen> vooruit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transactie);
        ArgumentNullException.ThrowIfNull(afzender);
        var kop = bedrijfsdocumentId is null ? null : new BedrijfsdocumentKop(bedrijfsdocumentId, operatie, afzender.Oin, digest);
        var claim = await transactie.LeesVooruitAsync(kop, vooruit, ct);
        switch (claim?.Status)
        {
            case BedrijfsdocumentStatus.AnderBericht:
                throw new BedrijfsdocumentAlGebruiktException(bedrijfsdocumentId!);
            case BedrijfsdocumentStatus.Herhaling:
                transactie.Terugdraaien();
                return claim.AntwoordJson;
            default:
                return null;
        }
    }
}
