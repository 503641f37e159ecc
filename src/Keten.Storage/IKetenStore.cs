namespace Keten.Storage;

/// <summary>The kinds of RIO object Keten keeps.</summary>
public enum RioObjectSoort
{
    Onderwijsaanbieder,
    Onderwijslocatie,
    Onderwijslocatiegebruik,
    Opleidingseenheid,
    Opleidingsrelatie,
    AangebodenOpleiding,
}

/// <summary>A reference from one object to another (used for "still referred to" and for leerroute partners).</summary>
public sealed record Verwijzing(RioObjectSoort NaarSoort, string NaarSleutel);

/// <summary>
/// The current state of one RIO object, as JSON of its domain record. Verwijderd objects stay as tombstones
/// so the gewijzigde… change feeds can report deletions.
/// </summary>
public sealed record RioObject(
    RioObjectSoort Soort,
    string Sleutel,
    string Onderwijsbestuurcode,
    string? Onderwijsaanbiedercode,
    string? StateJson,
    DateTimeOffset GeregistreerdOp,
    bool Verwijderd,
    bool Nieuw);

/// <summary>One change in a commit: a new state, or a deletion when StateJson is null.</summary>
/// <param name="Zoekvelden">What the read side filters on in SQL; null leaves those columns empty (the object is then
/// found by no peildatum, locatie, eigen sleutel, adres or leerlijn filter).</param>
public sealed record Wijziging(
    RioObjectSoort Soort,
    string Sleutel,
    string Onderwijsbestuurcode,
    string? Onderwijsaanbiedercode,
    string? StateJson,
    IReadOnlyList<Verwijzing> Verwijzingen,
    Zoekvelden? Zoekvelden = null);

/// <summary>
/// Values taken from an object's state and kept in columns of rio_object, so lists filter, count and page in SQL.
/// GeldigVan/GeldigTot: the validity (begin inclusive, end exclusive, null = open); EigenSleutel: the board's own
/// key kenmerk; Adres: <see cref="AdresSleutel"/> of a location's address; DoorlopendeLeerlijn: the leerlijn kenmerk.
/// </summary>
public sealed record Zoekvelden(
    DateOnly? GeldigVan = null,
    DateOnly? GeldigTot = null,
    string? Onderwijslocatiecode = null,
    string? EigenSleutel = null,
    string? Adres = null,
    string? DoorlopendeLeerlijn = null)
{
    /// <summary>The one text form of an address used to look a location up: postcode|huisnummer|toevoeging.</summary>
    public static string AdresSleutel(string postcode, int huisnummer, string? huisnummertoevoeging) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{postcode}|{huisnummer}|{huisnummertoevoeging}");
}

/// <summary>
/// Everything one accepted (or refused) message leaves behind, written in one transaction: the changes,
/// their history rows, and the answer under the bedrijfsdocument id so a repeat gets the same answer.
/// </summary>
/// <param name="Rod">The enrolment register's writes of the same message, if any.</param>
/// <param name="Door">
/// Who made the changes, for the audit trail written with them (ADR 0021); null is recorded as <see cref="Audit.Auditbron.Onbekend"/>.
/// </param>
public sealed record Commit(string? IdentificatiecodeBedrijfsdocument, string Operatie, string AntwoordJson, IReadOnlyList<Wijziging> Wijzigingen,
    Rod.RodCommit? Rod = null, Audit.Auditbron? Door = null)
{
    /// <summary>Audit rows beyond those the changes themselves give (the bulk ingest's count per BRIN).</summary>
    public IReadOnlyList<Audit.Auditregel> Auditregels { get; init; } = [];
}

/// <summary>
/// What ListAsync keeps. Peildatum: valid on that day (geldig_van &lt;= peildatum &lt; geldig_tot);
/// VerwijstNaarAanbiederVanBestuur: objects that refer to a live onderwijsaanbieder of that board;
/// MetDoorlopendeLeerlijn: only objects with a leerlijn kenmerk.
/// </summary>
public sealed record RioFilter(
    string? Onderwijsbestuurcode = null,
    string? Onderwijsaanbiedercode = null,
    DateTimeOffset? GewijzigdNa = null,
    bool InclusiefVerwijderd = false,
    DateOnly? Peildatum = null,
    string? Onderwijslocatiecode = null,
    string? EigenSleutel = null,
    string? Adres = null,
    bool MetDoorlopendeLeerlijn = false,
    string? VerwijstNaarAanbiederVanBestuur = null);

/// <summary>Which objects of one kind a change feed covers: changed strictly after Na, of one board and/or aanbieder.</summary>
public sealed record MutatieFilter(DateTimeOffset Na, string? Onderwijsbestuurcode = null, string? Onderwijsaanbiedercode = null);

/// <summary>
/// One entry of a change feed: the object's current row (a tombstone when deleted since), and whether it was live
/// at the feed's moment (just before its first state after that moment).
/// </summary>
public sealed record RioMutatie(RioObject Object, bool BestondOpPeilmoment);

public sealed record Pagina<T>(IReadOnlyList<T> Items, int AantalResultaten);

public interface IKetenStore
{
    /// <summary>Toegang's accounts: staff, authorisations, eHerkenning identities, DUO tokens (migration 0011).</summary>
    Toegang.IMedewerkerStore Medewerkers { get; }

    /// <summary>Funding runs: the register as known at a moment, and what each run decided (migration 0014).</summary>
    Bekostiging.IBekostigingStore Bekostiging { get; }
    /// <summary>The verzuimregister: verzuimmeldingen, their statuses and feeds (migration 0015).</summary>
    Verzuim.IVerzuimStore Verzuim { get; }

    /// <summary>The portal's batch jobs: uploaded files, their lease-claimed processing and answers (migration 0017).</summary>
    Batch.IBatchtaakStore Batchtaken { get; }

    /// <summary>Creates or migrates the schema. Safe to call at every start.</summary>
    Task MigrateAsync(CancellationToken ct);

    /// <summary>The current row, tombstones included (Verwijderd = true).</summary>
    Task<RioObject?> GetAsync(RioObjectSoort soort, string sleutel, CancellationToken ct);

    /// <summary>The live (not deleted) objects among the given keys.</summary>
    Task<IReadOnlyList<RioObject>> GetManyAsync(RioObjectSoort soort, IReadOnlyCollection<string> sleutels, CancellationToken ct);

    /// <summary>Objects matching the filter, ordered by sleutel; pagina is 0-based.</summary>
    Task<Pagina<RioObject>> ListAsync(RioObjectSoort soort, RioFilter filter, int pagina, int paginagrootte, CancellationToken ct);

    /// <summary>
    /// A change feed: one entry per object with a state registered after filter.Na, positioned by its first such
    /// state in commit order, so a page never changes once served (later changes do not move an entry, new
    /// entries only append). pagina is 0-based. See docs/decisions/0005.
    /// </summary>
    Task<Pagina<RioMutatie>> MutatiesAsync(RioObjectSoort soort, MutatieFilter filter, int pagina, int paginagrootte, CancellationToken ct);

    /// <summary>Live objects that refer to the given object.</summary>
    Task<IReadOnlyList<RioObject>> VerwijzersAsync(RioObjectSoort naarSoort, string naarSleutel, CancellationToken ct);

    /// <summary>Every state an object has had, oldest first; a deletion has StateJson null.</summary>
    Task<IReadOnlyList<RioObject>> HistorieAsync(RioObjectSoort soort, string sleutel, CancellationToken ct);

    /// <summary>
    /// ROD: an enrolment by its stable id as known at <paramref name="bekendOp"/> (null: now), or null when there was
    /// none then or it was deleted.
    /// </summary>
    Task<Rod.OpgeslagenInschrijving?> InschrijvingAsync(string inschrijvingId, DateTimeOffset? bekendOp, CancellationToken ct);

    /// <summary>ROD: every registered version of an enrolment by its stable id, oldest first (a deletion too); empty when there is none.</summary>
    Task<IReadOnlyList<Rod.InschrijvingHistorieversie>> InschrijvingHistorieAsync(string inschrijvingId, CancellationToken ct);

    /// <summary>
    /// ROD: the chain-signal feed of the given instellingen: each signal changed after <paramref name="na"/>, placed by
    /// its first change after it in commit order (docs/decisions/0005), shown as it stands now; pagina is 0-based.
    /// </summary>
    Task<Pagina<Rod.KetensignaalMutatie>> KetensignaalMutatiesAsync(IReadOnlyCollection<string> brins, DateTimeOffset na, int pagina, int paginagrootte, CancellationToken ct);

    /// <summary>
    /// ROD: queued recomputations of chain signals after RIO changes (<see cref="Rod.RodCommit.Herberekenen"/>), in
    /// aanbieder order after <paramref name="na"/> (null: from the start), so one pass over the queue ends even while
    /// deliveries keep queueing.
    /// </summary>
    Task<IReadOnlyList<Rod.Herberekening>> HerberekeningenAsync(int hoogstens, string? na, CancellationToken ct);

    /// <summary>
    /// ROD: refreshes the query planner's statistics of the enrolment tables (PostgreSQL's ANALYZE; nothing on SQLite).
    /// For a bulk load into a register that starts (nearly) empty, where autovacuum's analyses come too late: ADR 0025.
    /// </summary>
    Task RodStatistiekenBijwerkenAsync(CancellationToken ct);

    /// <summary>
    /// RIO: the same for the RIO objects and their references, after a bulk registration (the national generator), so
    /// that what reads RIO next (the enrolments' load) is not planned for the tables as they were before it: ADR 0025.
    /// </summary>
    Task RioStatistiekenBijwerkenAsync(CancellationToken ct);

    /// <summary>ROD: the persons with a current enrolment following a leerroute at the aanbieder or naming it as samenwerkend.</summary>
    Task<IReadOnlyList<Domain.Rod.Persoonsnummer>> LeerroutePersonenAsync(string onderwijsaanbiedercode, CancellationToken ct);

    /// <summary>
    /// ROD: removes queued recomputations, in one write transaction, each unless a later RIO change queued it again
    /// since it was read; returns how many were removed.
    /// </summary>
    Task<int> HerberekeningenAfgerondAsync(IReadOnlyCollection<Rod.Herberekening> afgerond, CancellationToken ct);

    /// <summary>ROD: enrolments matching the search, ordered by BRIN, person and volgnummer; pagina is 0-based; count and page from one snapshot.</summary>
    Task<Pagina<Rod.OpgeslagenInschrijving>> ZoekInschrijvingenAsync(Rod.InschrijvingZoekvraag vraag, int pagina, int paginagrootte, CancellationToken ct);

    /// <summary>Every current (not deleted) enrolment of the person, at any instelling: for derivations across the chain.</summary>
    Task<IReadOnlyList<Rod.OpgeslagenInschrijving>> InschrijvingenVanPersoonAsync(Domain.Rod.Persoonsnummer persoon, CancellationToken ct);

    /// <summary>
    /// ROD: the registratieoverzicht's enrolments of instelling <paramref name="brin"/> as known at
    /// <paramref name="bekendOp"/> (null: now), valid on a day of [<paramref name="van"/>, <paramref name="tot"/>], with
    /// their periods, BPVs and diplomas, ordered by person and inschrijvingvolgnummer; streamed in bounded memory.
    /// </summary>
    IAsyncEnumerable<Rod.RegistratieoverzichtInschrijving> RegistratieoverzichtAsync(
        string brin, DateOnly van, DateOnly tot, DateTimeOffset? bekendOp, CancellationToken ct);

    /// <summary>The audit trail of one board (ADR 0021), oldest first; pagina is 0-based; count and page from one snapshot.</summary>
    Task<Pagina<Audit.Auditrij>> AuditAsync(Audit.Auditvraag vraag, int pagina, int paginagrootte, CancellationToken ct);

    /// <summary>The whole audit trail of one board for the question, oldest first, streamed in bounded memory.</summary>
    IAsyncEnumerable<Audit.Auditrij> AuditExportAsync(Audit.Auditvraag vraag, CancellationToken ct);

    /// <summary>The answer recorded for a bedrijfsdocument id, or null when it was never seen.</summary>
    Task<string?> FindAntwoordAsync(string identificatiecodeBedrijfsdocument, CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="werk"/> in one write transaction and commits what it wrote (unless it called
    /// <see cref="IRioTransactie.Terugdraaien"/>); an exception rolls everything back. On PostgreSQL the transaction is
    /// READ COMMITTED with key locks, and a deadlock or a lock wait past the limit runs <paramref name="werk"/> again in a fresh transaction,
    /// so it must have no effect outside the transaction and must not call the store itself (on SQLite that would wait
    /// for its own batch); when the attempts run out, <see cref="OpslagBezetException"/>.
    /// On SQLite concurrent calls of one store are committed together (group commit), each in its own savepoint;
    /// the returned task completes only after that commit is durable.
    /// </summary>
    Task<T> SchrijfAsync<T>(Func<IRioTransactie, CancellationToken, Task<T>> werk, CancellationToken ct);

    /// <summary>
    /// Writes the commit in one transaction. Returns false, writing nothing, when the bedrijfsdocument id
    /// was already recorded (a concurrent repeat).
    /// </summary>
    Task<bool> CommitAsync(Commit commit, CancellationToken ct);

    /// <summary>The next number of a named sequence (1, 2, 3, …), used to issue RIO codes.</summary>
    Task<long> VolgendNummerAsync(string reeks, CancellationToken ct);

    /// <summary>
    /// Records the key of a received signed SOAP request (sender OIN + wsa:MessageID) until <paramref name="bewarenTot"/>;
    /// false when the key is already recorded: a replay. Atomic across processes (migration 0012).
    /// </summary>
    Task<bool> RegistreerOntvangenBerichtAsync(string sleutel, DateTimeOffset bewarenTot, CancellationToken ct);

    /// <summary>Upserts reference data items (soort + sleutel → JSON); returns how many changed; recorded in the audit trail as made by <paramref name="door"/>.</summary>
    Task<int> SaveReferentieAsync(IReadOnlyList<(string Soort, string Sleutel, string Json)> items, Audit.Auditbron door, CancellationToken ct);

    /// <summary>A counter that moves whenever SaveReferentieAsync changed anything (one-row read).</summary>
    Task<long> ReferentieVersieAsync(CancellationToken ct);

    /// <summary>All reference data items.</summary>
    Task<IReadOnlyList<(string Soort, string Sleutel, string Json)>> LoadReferentieAsync(CancellationToken ct);
}
