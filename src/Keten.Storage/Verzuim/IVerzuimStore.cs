using Keten.Domain.Rod;
using Keten.Storage.Audit;
using Keten.Storage.Rod;

namespace Keten.Storage.Verzuim;

/// <summary>
/// A verzuimmelding as stored: its id, the pupil (a column to find earlier reports, never shown), the columns the
/// feeds and rules filter on, and its state as JSON (the application's <c>GeregistreerdeVerzuimmelding</c>).
/// </summary>
public sealed record VerzuimmeldingRij(
    string MeldingId,
    Persoonsnummer Persoon,
    string Soort,
    string Brin,
    string Onderwijsbestuurcode,
    string Gemeentecode,
    string Status,
    string StaatJson);

/// <summary>A stored report as a feed shows it: its row now and when it last changed.</summary>
public sealed record VerzuimmeldingMutatie(VerzuimmeldingRij Melding, DateTimeOffset GewijzigdOp);

/// <summary>What the rules of a new report read about the pupil, in the write transaction: enrolments at every instelling, geboortedatum, earlier reports.</summary>
public sealed record Verzuimdossier(IReadOnlyList<OpgeslagenInschrijving> Inschrijvingen, string? Geboortedatum, IReadOnlyList<VerzuimmeldingRij> Meldingen);

/// <summary>What a decision writes: the report's new row (null: nothing) and the audit row's operation.</summary>
public sealed record Verzuimbesluit<T>(VerzuimmeldingRij? Nieuw, string Operatie, T Antwoord);

/// <summary>
/// A write's bedrijfsdocument (the REST header Keten-Bedrijfsdocument-Id): its identity, how its answer is recorded, and
/// the answer when the id was claimed before (<see cref="BedrijfsdocumentStatus.Herhaling"/>: the recorded one;
/// <see cref="BedrijfsdocumentStatus.AnderBericht"/>: the caller's refusal, usually an exception).
/// </summary>
public sealed record Verzuimdocument<T>(BedrijfsdocumentKop Kop, Func<T, string> NaarJson, Func<BedrijfsdocumentClaim, T> Eerder);

/// <summary>
/// The verzuimregister's storage (migration 0015). Each write is one transaction: the pupil is locked (on PostgreSQL the
/// same lock ROD's mutations of that person take, so the enrolments read are those the decision rests on), what the
/// decision needs is read, and the new state, its history row and its audit row are written together, or nothing.
/// </summary>
public interface IVerzuimStore
{
    /// <summary>
    /// A new report or a changed one of the pupil, decided on the pupil's dossier. With a <paramref name="document"/> its id
    /// is claimed first in the same transaction and the answer, a refusal too, is recorded under it; a claimed id is
    /// answered by <see cref="Verzuimdocument{T}.Eerder"/> without a decision.
    /// </summary>
    Task<T> PersoonSchrijvenAsync<T>(Persoonsnummer persoon, Func<Verzuimdossier, Verzuimbesluit<T>> besluit, Verzuimdocument<T>? document, Auditbron door,
        CancellationToken ct);

    /// <summary>A change of one report, decided on its current row (null: unknown id); the document as for <see cref="PersoonSchrijvenAsync"/>.</summary>
    Task<T> MeldingSchrijvenAsync<T>(string meldingId, Func<VerzuimmeldingRij?, Verzuimbesluit<T>> besluit, Verzuimdocument<T>? document, Auditbron door,
        CancellationToken ct);

    Task<VerzuimmeldingRij?> MeldingAsync(string meldingId, CancellationToken ct);

    /// <summary>The feed of one municipality or of some schools: each report changed after <paramref name="na"/>, placed by its first such change in commit order.</summary>
    Task<Pagina<VerzuimmeldingMutatie>> MutatiesAsync(Verzuimfeed feed, DateTimeOffset na, int pagina, int paginagrootte, CancellationToken ct);
}

/// <summary>Whose feed: a municipality's inhabitants (by CBS code) or the reports of some schools (by BRIN).</summary>
public sealed record Verzuimfeed(string? Gemeentecode, IReadOnlyCollection<string> Brins);
