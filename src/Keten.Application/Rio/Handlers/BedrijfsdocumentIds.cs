namespace Keten.Application.Rio.Handlers;

/// <summary>
/// A bedrijfsdocument id is a UUID (PvE §6.4.5: "Niet unieke UUID's worden afgekeurd"), and a UUID is a number: its
/// capitals and small letters are the same id. Every door (SOAP, the REST header Keten-Bedrijfsdocument-Id, the CLI's
/// --bedrijfsdocument, the portal's forms) turns it into this one form before it is claimed or stored, so the same id in
/// other case is the same message again, or another message under a used id (KTN030), never a new one.
/// </summary>
public static class BedrijfsdocumentIds
{
    /// <returns>The id as lowercase 8-4-4-4-12 hexadecimal digits; null when it is not a UUID in that layout.</returns>
    public static string? Normaliseer(string? id) => Guid.TryParseExact(id, "D", out var uuid) ? uuid.ToString("D") : null;
}
