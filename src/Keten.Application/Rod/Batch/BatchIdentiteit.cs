using System.Security.Cryptography;
using Keten.Application.Rio.Handlers;

namespace Keten.Application.Rod.Batch;

/// <summary>
/// What identifies a batch: the SHA-256 of the file (or an id the sender gives it). Each mutation's bedrijfsdocument id
/// is derived from it, the sender and the mutation's line, so a mutation delivered again (a run resumed after a kill, the
/// same file sent twice) is a repeat that gets its recorded answer instead of a second effect.
/// </summary>
public sealed record BatchIdentiteit(string Kenmerk)
{
    public string BedrijfsdocumentId(string afzenderOin, long regel) =>
        AfgeleidBedrijfsdocumentId.Van($"keten-rod-batch|{afzenderOin}|{Kenmerk}|{regel}");

    /// <summary>Reads the file once, streaming: its digest, and its number of lines (for progress).</summary>
    public static async Task<(BatchIdentiteit Identiteit, long Regels)> VanBestandAsync(string pad, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var bestand = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var buffer = new byte[1 << 16];
        long regels = 0;
        byte laatste = (byte)'\n';
        int gelezen;
        while ((gelezen = await bestand.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, gelezen);
            regels += buffer.AsSpan(0, gelezen).Count((byte)'\n');
            laatste = buffer[gelezen - 1];
        }

        return (new BatchIdentiteit(Convert.ToHexStringLower(hash.GetHashAndReset())), laatste == '\n' ? regels : regels + 1);
    }
}
