namespace Keten.Storage.Audit;

/// <summary>
/// One audit row's "what": the board whose data changed (null: no board's), the operation, the kind and key of the
/// object (an enrolment by its own id, with its BRIN; a person by nothing), a detail (an authorisation as
/// Functie@aanbieder) and how many changes the row stands for (the bulk ingest summarises per BRIN).
/// </summary>
public sealed record Auditregel(
    string? Onderwijsbestuurcode,
    string Operatie,
    string ObjectSoort,
    string? ObjectSleutel,
    string? Brin = null,
    string? Detail = null,
    int Aantal = 1);
