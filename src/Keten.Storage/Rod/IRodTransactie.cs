using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Domain.Rod.Ketensignalen;

namespace Keten.Storage.Rod;

/// <summary>
/// The ROD side of a write transaction (<see cref="IRioTransactie.Rod"/>): what the enrolment rules read, on the same
/// connection and transaction as the RIO reads and the final write, so what was checked is what gets committed.
/// </summary>
public interface IRodTransactie
{
    /// <summary>
    /// Locks the person exclusively until the transaction ends (every mutation about a person runs after the one
    /// before it) and reads, in one round trip, whether the person is in the persons register, the current versions of
    /// all the person's enrolments at any instelling (deleted ones left out) and the person's open chain signals.
    /// </summary>
    Task<RodPersoonsdossier> LeesPersoonAsync(Persoonsnummer persoon, CancellationToken ct);

    /// <summary>
    /// The live aangeboden opleidingen with a doorlopendeLeerlijnVmboMbo kenmerk of the given aanbieders and of those
    /// naming one of them as samenwerkend, each read after a shared lock on it: the input of the leerroute derivation,
    /// held steady until the transaction ends (a RIO change of one of them waits).
    /// </summary>
    Task<IReadOnlyList<RioObject>> LeerlijnOpleidingenAsync(IReadOnlyCollection<string> aanbieders, CancellationToken ct);

    /// <summary>
    /// Whether a current, not deleted enrolment names the onderwijsaanbieder in one of its periods, as its aanbieder or as
    /// samenwerkende aanbieder (its diplomas hang from such a version too): N04820. Takes no lock of its own: the caller
    /// holds the aanbieder's object lock exclusively (it is deleting it), and every enrolment delivery takes that lock
    /// shared for each aanbieder its periods name (RodRioContext), so no delivery naming it can commit in between.
    /// </summary>
    Task<bool> AanbiederGenoemdAsync(string aanbieder, CancellationToken ct);

    /// <summary>
    /// The registered persons with the geboortedatum and <see cref="Persoonsgegevens.Zoeknaam"/> of <paramref name="gegevens"/>,
    /// read after an exclusive lock on that pair: two identificatieverzoeken for one person run one after the other, so
    /// the second finds the onderwijsnummer the first issued.
    /// </summary>
    Task<IReadOnlyList<GeregistreerdPersoon>> ZoekPersonenAsync(Persoonsgegevens gegevens, CancellationToken ct);

    /// <summary>
    /// <see cref="LeesPersoonAsync"/> for many persons at once (the bulk ingest): all of them locked exclusively in one
    /// ascending order (two chunks never wait on each other crosswise), then their dossiers read in one round trip.
    /// </summary>
    Task<IReadOnlyDictionary<Persoonsnummer, RodPersoonsdossier>> LeesPersonenAsync(IReadOnlyCollection<Persoonsnummer> personen, CancellationToken ct);

    /// <summary>
    /// Writes what many accepted mutations left (the bulk ingest), the rows of each table in one COPY (PostgreSQL) or
    /// through one prepared INSERT (SQLite): the current versions of <paramref name="bestaand"/> closed, the new versions
    /// with their periods, BPVs and diplomas, the new persons, and the chain signals as <see cref="RodCommit"/> writes
    /// them. The bedrijfsdocument and its answer go with the transaction's final <see cref="IRioTransactie.VastleggenAlsLaatsteAsync"/>.
    /// </summary>
    Task BulkSchrijvenAsync(RodCommit commit, IReadOnlyCollection<InschrijvingSleutel> bestaand, string? bedrijfsdocumentId, CancellationToken ct);
}

/// <summary>A stored enrolment: its stable id (the REST address, no BSN in it) and its current state.</summary>
public sealed record OpgeslagenInschrijving(string InschrijvingId, Inschrijving Inschrijving);

/// <summary>
/// One registered version of an enrolment: its state, from when until when it was the known state (null: still), the
/// bedrijfsdocument that registered it, and whether it is a deletion.
/// </summary>
public sealed record InschrijvingHistorieversie(Inschrijving Staat, DateTimeOffset GeregistreerdVan, DateTimeOffset? GeregistreerdTot, string? BedrijfsdocumentId, bool Verwijderd);

public sealed record RodPersoonsdossier(bool PersoonBekend, IReadOnlyList<OpgeslagenInschrijving> Inschrijvingen, IReadOnlyList<Ketensignaal> OpenSignalen);

/// <summary>
/// What one ROD mutation writes with its answer: new versions of enrolments (a deletion is a version with
/// <see cref="InschrijvingVersie.Verwijderd"/>), persons newly registered, chain signals opened, changed or withdrawn,
/// persons registered with their data (an identificatieverzoek's new onderwijsnummer, a loaded BSN person: their
/// data replace what the register had), and aanbieders whose leerroute pupils' chain signals must be recomputed after a
/// RIO change (queued in rod_herberekening).
/// </summary>
public sealed record RodCommit(
    IReadOnlyList<InschrijvingVersie> Versies,
    IReadOnlyList<Persoonsnummer> NieuwePersonen,
    IReadOnlyList<Ketensignaalwijziging> Signalen,
    IReadOnlyList<GeregistreerdPersoon>? PersonenMetGegevens = null,
    IReadOnlyList<string>? Herberekenen = null);

/// <summary>The state as of this commit; the previous version of the same enrolment is closed at the commit's time.</summary>
public sealed record InschrijvingVersie(string InschrijvingId, string Onderwijsbestuurcode, Inschrijving Staat, bool Verwijderd = false);

/// <summary>A chain signal as it now stands: open (new, or its end changed) or withdrawn (the disagreement is gone).</summary>
public sealed record Ketensignaalwijziging(Ketensignaal Signaal, bool Open);

/// <summary>An entry of the chain-signal feed: the signal as it stands now, whether it is still open, and when it last changed.</summary>
public sealed record KetensignaalMutatie(Ketensignaal Signaal, bool Open, DateTimeOffset GewijzigdOp);

/// <summary>A queued recomputation: the aanbieder and the queue row's version when read (a later RIO change raises it).</summary>
public sealed record Herberekening(string Onderwijsaanbiedercode, long Versie);

/// <summary>
/// A search of the enrolment register: the enrolments at these instellingen (the asker's own), of one person if given,
/// enrolled on <see cref="Peildatum"/> if given ("about day Y"), as known at <see cref="BekendOp"/> (null: now).
/// </summary>
public sealed record InschrijvingZoekvraag(IReadOnlyCollection<string> Brins, Persoonsnummer? Persoon, DateOnly? Peildatum, DateTimeOffset? BekendOp);
