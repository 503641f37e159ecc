namespace Keten.Storage.Audit;

/// <summary>A recorded audit row: its number, the server's time (UTC), who, what, and the outcome.</summary>
public sealed record Auditrij(
    long Id,
    DateTimeOffset Moment,
    string? Onderwijsbestuurcode,
    string Deur,
    string HandelendeSoort,
    string HandelendeKenmerk,
    string Operatie,
    string ObjectSoort,
    string? ObjectSleutel,
    string? Brin,
    string? Detail,
    int Aantal,
    string? IdentificatiecodeBedrijfsdocument,
    string Uitkomst);

/// <summary>The audit rows of one board, recorded at or after Van and before Tot (either open).</summary>
public sealed record Auditvraag(string Onderwijsbestuurcode, DateTimeOffset? Van = null, DateTimeOffset? Tot = null);
