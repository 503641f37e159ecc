using Keten.Domain.Rod;

namespace Keten.Storage.Rod;

/// <summary>
/// One enrolment of a registratieoverzicht with what the persons register holds about its person: the birth date as
/// DUO writes it (ccyy-mm-dd, an unknown day or month as 00) and the geslacht (M, V, O); null where it holds none.
/// </summary>
public sealed record RegistratieoverzichtInschrijving(Inschrijving Inschrijving, string? Geboortedatum, string? Geslacht);
