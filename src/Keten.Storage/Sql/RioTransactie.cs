using System.Data.Common;
using System.Globalization;
using Keten.Storage.Rod;

namespace Keten.Storage.Sql;

/// <summary>
/// <see cref="IRioTransactie"/> on one open connection and transaction (READ COMMITTED with key locks on PostgreSQL, a
/// savepoint inside BEGIN IMMEDIATE on SQLite). Every read first locks what it reads, the write locks what it writes
/// (<see cref="Sleutelsloten"/>): an object shared for a read and exclusively for a change; the set of an object's
/// referrers exclusively for reading it (only deletions do) and shared for adding to it (every new reference), so
/// references can be added in parallel but never while someone decides on the set.
/// Made and ended by the store's write path, never by a handler.
/// </summary>
/// <param name="commitMeesturen">
/// Whether <see cref="VastleggenAlsLaatsteAsync"/> sends the COMMIT with the write (PostgreSQL, one transaction per
/// call); SQLite's group commit commits the batch itself.
/// </param>
internal sealed class RioTransactie(DbConnection connection, DbTransaction transaction, SqlDialect dialect, DateTimeOffset nu, Sleutelsloten sloten, bool commitMeesturen = false) : IRioTransactie
{
    private string? geclaimdeId;
    private readonly Dictionary<(RioObjectSoort, string), RioObject?> vooruit = [];
    private readonly HashSet<(RioObjectSoort, string)> vooruitExclusief = [];

    public bool MoetTerugdraaien { get; private set; }

    /// <summary>The COMMIT went with the last write (<see cref="VastleggenAlsLaatsteAsync"/>): the store must not commit again.</summary>
    public bool Gecommit { get; private set; }

    public async Task<RioObject?> GetAsync(RioObjectSoort soort, string sleutel, CancellationToken ct)
    {
        if (vooruit.TryGetValue((soort, sleutel), out var gelezen))
        {
            return gelezen;
        }

        return await RioObjectLezer.GetAsync(connection, transaction, dialect, soort, sleutel, ct,
            c => sloten.ZetVoor(c, [Sleutelsloten.Object(soort, sleutel)], exclusief: false));
    }

    public async Task<RioObject?> GetVoorWijzigingAsync(RioObjectSoort soort, string sleutel, CancellationToken ct)
    {
        if (vooruitExclusief.Contains((soort, sleutel)))
        {
            return vooruit[(soort, sleutel)];
        }

        return await RioObjectLezer.GetAsync(connection, transaction, dialect, soort, sleutel, ct,
            c => sloten.ZetVoor(c, [Sleutelsloten.Object(soort, sleutel)], exclusief: true));
    }

    public async Task<IReadOnlyList<RioObject>> GetManyAsync(RioObjectSoort soort, IReadOnlyCollection<string> sleutels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sleutels);
        if (sleutels.Count == 0)
        {
            return [];
        }

        if (sleutels.All(s => vooruit.ContainsKey((soort, s))))
        {
            return [.. sleutels.Distinct(StringComparer.Ordinal).Select(s => vooruit[(soort, s)]).OfType<RioObject>()
                .Where(o => !o.Verwijderd).OrderBy(o => o.Sleutel, StringComparer.Ordinal)];
        }

        return await RioObjectLezer.GetManyAsync(connection, transaction, dialect, soort, sleutels, ct,
            c => sloten.ZetVoor(c, [.. sleutels.Select(s => Sleutelsloten.Object(soort, s))], exclusief: false));
    }

    public async Task<IReadOnlyList<RioObject>> VerwijzersAsync(RioObjectSoort naarSoort, string naarSleutel, CancellationToken ct)
    {
        return await RioObjectLezer.VerwijzersAsync(connection, transaction, dialect, naarSoort, naarSleutel, ct,
            c => sloten.ZetVoor(c, [Sleutelsloten.Verwijzers(naarSoort, naarSleutel)], exclusief: true));
    }

    public async Task<IReadOnlyList<RioObject>> LocatiesOpAdresAsync(string adres, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(adres);
        return await RioObjectLezer.LocatiesOpAdresAsync(connection, transaction, dialect, adres, ct,
            c => sloten.ZetVoor(c, [Sleutelsloten.Adres(adres)], exclusief: true));
    }

    /// <summary>
    /// The claim inserts first and looks only when that did nothing (<see cref="Vooruitlezen"/>): a concurrent claim of
    /// the same id waits on the unique key until the first transaction ends, then finds its row. The inserted row has an
    /// empty answer until <see cref="VastleggenAsync"/>.
    /// </summary>
    public async Task<BedrijfsdocumentClaim?> LeesVooruitAsync(BedrijfsdocumentKop? kop, IReadOnlyCollection<TeLezen> objecten, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(objecten);
        var (claim, gelezen) = await Vooruitlezen.LeesAsync(connection, transaction, dialect, sloten, nu, kop, objecten, ct);
        if (claim?.Status == BedrijfsdocumentStatus.Nieuw)
        {
            geclaimdeId = kop!.Id;
        }

        foreach (var (sleutel, o) in gelezen)
        {
            vooruit[sleutel] = o;
        }

        vooruitExclusief.UnionWith(objecten.Where(o => o.VoorWijziging).Select(o => (o.Soort, o.Sleutel)));
        return claim;
    }

    public async Task<long> VolgendNummerAsync(string reeks, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(reeks);
        await using var command = connection.Sql(transaction,
            "INSERT INTO reeks (naam, laatste) VALUES (@naam, 1) "
            + "ON CONFLICT (naam) DO UPDATE SET laatste = reeks.laatste + 1 RETURNING laatste")
            .With("@naam", reeks);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>The locks, the answer, the states, verwijzingen and history rows in one command: one round trip.</summary>
    public Task<bool> VastleggenAsync(Commit commit, CancellationToken ct) => VastleggenAsync(commit, laatste: false, ct);

    public Task<bool> VastleggenAlsLaatsteAsync(Commit commit, CancellationToken ct) => VastleggenAsync(commit, laatste: true, ct);

    private async Task<bool> VastleggenAsync(Commit commit, bool laatste, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var id = commit.IdentificatiecodeBedrijfsdocument;
        if (id is not null && id != geclaimdeId && !await RecordBedrijfsdocumentAsync(id, commit, ct))
        {
            return false;
        }

        var opdracht = new Opdracht(connection, transaction);
        // An object read ahead for change is locked exclusively already (advisory locks last until the transaction ends).
        sloten.VoegToe(opdracht, [.. commit.Wijzigingen.Where(w => !vooruitExclusief.Contains((w.Soort, w.Sleutel)))
            .Select(w => Sleutelsloten.Object(w.Soort, w.Sleutel))], exclusief: true);
        sloten.VoegToe(opdracht, [.. commit.Wijzigingen.Where(w => w.StateJson is not null)
            .SelectMany(w => w.Verwijzingen).Select(v => Sleutelsloten.Verwijzers(v.NaarSoort, v.NaarSleutel))], exclusief: false);
        if (id is not null && id == geclaimdeId)
        {
            opdracht.Statement("UPDATE bedrijfsdocument SET antwoord_json = @antwoord WHERE id = @document").Parameter("@antwoord", commit.AntwoordJson);
        }

        SqlKetenStore.VoegWijzigingenToe(dialect, opdracht, commit, nu);
        var commitMee = laatste && commitMeesturen && !MoetTerugdraaien;
        if (commitMee)
        {
            opdracht.Statement("COMMIT");
        }

        await opdracht.UitvoerenAsync(ct);
        Gecommit = commitMee;
        return true;
    }

    public void Terugdraaien() => MoetTerugdraaien = true;

    /// <summary>A statement of the store's own bookkeeping in this transaction (a queue, replay keys): no RIO or ROD change, no audit row.</summary>
    internal DbCommand Opdracht(string sql) => connection.Sql(transaction, sql);

    public IRodTransactie Rod => rod ??= new RodTransactie(connection, transaction, dialect, sloten, nu);

    private RodTransactie? rod;

    /// <summary>A commit whose id was not claimed first (<see cref="SqlKetenStore.CommitAsync"/>): false when the id is taken.</summary>
    private async Task<bool> RecordBedrijfsdocumentAsync(string id, Commit commit, CancellationToken ct)
    {
        await using var command = connection.Sql(transaction,
            "INSERT INTO bedrijfsdocument (id, operatie, antwoord_json, ontvangen_op) VALUES (@id, @operatie, @antwoord, @nu) "
            + "ON CONFLICT (id) DO NOTHING")
            .With("@id", id)
            .With("@operatie", commit.Operatie)
            .With("@antwoord", commit.AntwoordJson)
            .WithValue("@nu", dialect.Tijd(nu));
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }
}
