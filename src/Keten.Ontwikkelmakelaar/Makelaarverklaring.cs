using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Keten.Toegang;

namespace Keten.Ontwikkelmakelaar;

/// <summary>
/// The eTOEGANG facts the broker states about a login, the same for SAML and OIDC: the board's KvK number, the
/// acting subject's pseudonym, the branch, the service and the level.
/// </summary>
internal sealed record Makelaarverklaring(
    string KvkNummer, string ActingSubjectId, string? Vestigingsnr, string ServiceId, string ServiceUuid, Betrouwbaarheidsniveau Niveau)
{
    public static Makelaarverklaring Van(Inlogkeuze keuze, int dienstIndex, Makelaar makelaar, Dienstverlener dienstverlener)
    {
        var serviceId = $"urn:etoegang:DV:{dienstverlener.Oin}:services:{dienstIndex.ToString(CultureInfo.InvariantCulture)}";
        var serviceUuid = makelaar.Opties.Dienstverlener.ServiceUuids.TryGetValue(dienstIndex.ToString(CultureInfo.InvariantCulture), out var uuid)
            ? uuid
            : AfgeleideUuid(serviceId);
        return new Makelaarverklaring(
            keuze.Bestuur.KvkNummer,
            Pseudoniem(dienstverlener.EntityId, keuze.Medewerker.Sleutel, keuze.Bestuur.Code),
            keuze.Vestigingsnr,
            serviceId,
            serviceUuid,
            keuze.Niveau);
    }

    /// <summary>Stable per DV, employee and board (as eTOEGANG's specific pseudonym is), revealing neither.</summary>
    public static string Pseudoniem(string dienstverlener, string medewerker, string bestuur) =>
        "ASP-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{dienstverlener}\n{medewerker}\n{bestuur}")))[..32];

    /// <summary>A version-4-shaped UUID from the ServiceID's hash, so each service keeps one UUID across starts.</summary>
    public static string AfgeleideUuid(string serviceId)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(serviceId))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
