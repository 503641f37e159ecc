using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;
using Keten.Domain.Toegang;
using Keten.Storage;

namespace Keten.Application.Toegang;

/// <summary>
/// Which instellingen (BRINs) a sender may use a function for, where the answer is per instelling rather than per
/// enrolment: funding runs, the VSV report, verzuimmeldingen (docs/toegang.md, "Per aanbieder, per instelling").
/// A medewerker authorised for one aanbieder gets the instellingen that aanbieder has (or had) a juridische relatie with
/// in RIO; one authorised for all aanbieders, a board certificate and Keten itself get every instelling of the board.
/// </summary>
public sealed class Instellingsbevoegdheid(IKetenStore store, ReferentiedataBron referentie)
{
    /// <summary>
    /// The BRINs of the sender's board it may use one of <paramref name="functies"/> for; null for a DUO operator (every
    /// instelling of every board); empty for a sender without a board.
    /// </summary>
    public async Task<IReadOnlyList<string>?> BrinsAsync(Afzender afzender, IReadOnlyCollection<Functie> functies, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        ArgumentNullException.ThrowIfNull(functies);
        if (afzender.DuoBeheer)
        {
            return null;
        }

        if (afzender.Onderwijsbestuurcode is not { } bestuur)
        {
            return [];
        }

        var vanBestuur = referentie.Huidig.BrinsVanBestuur(bestuur);
        if (afzender.Autorisaties is not { } autorisaties || functies.Any(f => Autorisatiebeslissing.Mag(autorisaties, f, null)))
        {
            return vanBestuur;
        }

        var aanbieders = autorisaties.Where(a => functies.Contains(a.Functie)).Select(a => a.Onderwijsaanbiedercode).OfType<string>().Distinct(StringComparer.Ordinal);
        var gerelateerd = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in aanbieders)
        {
            if (await store.LaadAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, code, ct) is { } aanbieder && aanbieder.Onderwijsbestuurcode == bestuur)
            {
                gerelateerd.UnionWith(aanbieder.JuridischeRelaties.Select(r => r.Instellingserkenningscode));
            }
        }

        return [.. vanBestuur.Where(gerelateerd.Contains)];
    }

    /// <summary><see cref="BrinsAsync"/> for one function.</summary>
    public Task<IReadOnlyList<string>?> BrinsAsync(Afzender afzender, Functie functie, CancellationToken ct) => BrinsAsync(afzender, [functie], ct);
}
