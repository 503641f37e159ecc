using Keten.Storage;

namespace Keten.Server.Tests.Referentie;

/// <summary>
/// An IKetenStore that only keeps reference items, in memory, with the contract of SaveReferentieAsync:
/// upsert by (soort, sleutel), counting only items whose JSON differs. Everything else is not supported.
/// </summary>
internal sealed class GeheugenReferentieStore : IKetenStore
{
    private readonly Dictionary<(string Soort, string Sleutel), string> _items = [];

    public int AantalOpslagen { get; private set; }

    public Task<int> SaveReferentieAsync(IReadOnlyList<(string Soort, string Sleutel, string Json)> items, CancellationToken ct)
    {
        AantalOpslagen++;
        var gewijzigd = 0;
        foreach (var (soort, sleutel, json) in items)
        {
            if (!_items.TryGetValue((soort, sleutel), out var oud) || oud != json)
            {
                _items[(soort, sleutel)] = json;
                gewijzigd++;
            }
        }

        return Task.FromResult(gewijzigd);
    }

    public Task<IReadOnlyList<(string Soort, string Sleutel, string Json)>> LoadReferentieAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string Soort, string Sleutel, string Json)>>([.. _items.Select(i => (i.Key.Soort, i.Key.Sleutel, i.Value)).Reverse()]);

    public Task MigrateAsync(CancellationToken ct) => throw new NotSupportedException();

    public Task<RioObject?> GetAsync(RioObjectSoort soort, string sleutel, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<RioObject>> GetManyAsync(RioObjectSoort soort, IReadOnlyCollection<string> sleutels, CancellationToken ct) => throw new NotSupportedException();

    public Task<Pagina<RioObject>> ListAsync(RioObjectSoort soort, RioFilter filter, int pagina, int paginagrootte, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<RioObject>> VerwijzersAsync(RioObjectSoort naarSoort, string naarSleutel, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<RioObject>> HistorieAsync(RioObjectSoort soort, string sleutel, CancellationToken ct) => throw new NotSupportedException();

    public Task<string?> FindAntwoordAsync(string identificatiecodeBedrijfsdocument, CancellationToken ct) => throw new NotSupportedException();

    public Task<bool> CommitAsync(Commit commit, CancellationToken ct) => throw new NotSupportedException();

    public Task<long> VolgendNummerAsync(string reeks, CancellationToken ct) => throw new NotSupportedException();
}
