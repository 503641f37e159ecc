namespace Keten.Application.Rio.Handlers;

/// <summary>
/// The identificatiecodeBedrijfsdocument was already used for another message (other content, operation or sender).
/// Nothing was changed or recorded. SOAP answers Server.DK0050 "Ongeldige waarde voor identificatiecodeBedrijfsdocument"
/// (DUO's PvE §6.4.5, §6.5 note *4), REST 409 with KTN030.
/// </summary>
public sealed class BedrijfsdocumentAlGebruiktException : Exception
{
    public BedrijfsdocumentAlGebruiktException()
    {
        Id = "";
    }

    public BedrijfsdocumentAlGebruiktException(string id)
        : base($"identificatiecodeBedrijfsdocument {id} is al gebruikt voor een ander bericht")
    {
        Id = id;
    }

    public BedrijfsdocumentAlGebruiktException(string message, Exception innerException)
        : base(message, innerException)
    {
        Id = "";
    }

    public string Id { get; }
}
