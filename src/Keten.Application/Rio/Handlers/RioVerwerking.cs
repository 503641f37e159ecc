using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// What every aanleveren_/verwijderen_ shares: the sender must be a known board, a repeated
/// identificatiecodeBedrijfsdocument gets its original answer without a second effect, and the answer is
/// recorded with the changes in one transaction.
/// </summary>
public sealed class RioVerwerking(IKetenStore store, ReferentiedataBron referentie) : IDisposable
{
    // Validation reads the current state before the commit writes; one delivery at a time keeps the two
    // consistent within this server process (see docs/storage.md for several processes on one database).
    private readonly SemaphoreSlim _eenTegelijk = new(1, 1);

    public IKetenStore Store => store;

    public ReferentiedataBron Referentie => referentie;

    public async Task<Terugkoppeling> VerwerkAsync(
        string operatie,
        Afzender afzender,
        string? bedrijfsdocumentId,
        Func<string, Task<(Terugkoppeling Antwoord, IReadOnlyList<Wijziging> Wijzigingen)>> beoordeel,
        CancellationToken ct)
    {
        if (bedrijfsdocumentId is not null && await store.FindAntwoordAsync(bedrijfsdocumentId, ct) is { } eerder)
        {
            return RioJson.Deserialize<Terugkoppeling>(eerder);
        }

        bool vastgelegd;
        Terugkoppeling antwoord;
        await _eenTegelijk.WaitAsync(ct);
        try
        {
            (antwoord, var wijzigingen) = afzender.Onderwijsbestuurcode is { } bestuur
                ? await beoordeel(bestuur)
                : (Terugkoppeling.Afgekeurd([Foutmelding.Van("AUT401", "Er is geen autorisatie voor deze bewerking", ("oin", afzender.Oin))]), []);

            vastgelegd = await store.CommitAsync(
                new Commit(bedrijfsdocumentId, operatie, RioJson.Serialize(antwoord), antwoord.RequestGoedgekeurd ? wijzigingen : []), ct);
        }
        finally
        {
            _eenTegelijk.Release();
        }

        if (!vastgelegd && bedrijfsdocumentId is not null && await store.FindAntwoordAsync(bedrijfsdocumentId, ct) is { } gelijktijdig)
        {
            return RioJson.Deserialize<Terugkoppeling>(gelijktijdig);
        }

        return antwoord;
    }

    public static (Terugkoppeling, IReadOnlyList<Wijziging>) Afgekeurd(params Foutmelding[] fouten) => (Terugkoppeling.Afgekeurd(fouten), []);

    public static (Terugkoppeling, IReadOnlyList<Wijziging>) Afgekeurd(IReadOnlyList<Foutmelding> fouten) => (Terugkoppeling.Afgekeurd(fouten), []);

    public Task<T?> LaadAsync<T>(RioObjectSoort soort, string sleutel, CancellationToken ct)
        where T : class => store.LaadAsync<T>(soort, sleutel, ct);

    public async Task<HashSet<string>> BestaandAsync(RioObjectSoort soort, IEnumerable<string> sleutels, CancellationToken ct)
    {
        var gevraagd = sleutels.Distinct().ToList();
        return gevraagd.Count == 0 ? [] : [.. (await store.GetManyAsync(soort, gevraagd, ct)).Select(o => o.Sleutel)];
    }

    /// <summary>Issues a new RIO code of the form the caller formats, skipping any that is already taken.</summary>
    public async Task<string> GeefCodeUitAsync(RioObjectSoort soort, string reeks, Func<long, string> formaat, CancellationToken ct)
    {
        while (true)
        {
            var code = formaat(await store.VolgendNummerAsync(reeks, ct));
            if (await store.GetAsync(soort, code, ct) is null)
            {
                return code;
            }
        }
    }

    public void Dispose() => _eenTegelijk.Dispose();
}
