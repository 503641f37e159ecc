using Keten.Domain.Toegang;
using Keten.Storage;
using Keten.Storage.Audit;
using Keten.Storage.Referentie;
using Keten.Storage.Toegang;
using Microsoft.Extensions.Logging;
using ReferentieMedewerker = Keten.Domain.Referentie.Medewerker;

namespace Keten.Application.Toegang;

/// <summary>
/// Seeds the reference data's medewerkers into the accounts, idempotently: a medewerker is created once (keyed by
/// board and name), never overwritten, so a beheerder's later changes stay. A rol "beheerder" gets every function for
/// all the board's aanbieders, a rol "medewerker" nothing until a beheerder grants it. A DUO token is seeded with its
/// secret encrypted (ADR 0018), and only while tokens are open: not without Keten:Toegang:TokenSleutel and not after
/// Keten:Toegang:TokenEinddatum (no new tokens).
/// </summary>
public sealed class MedewerkerZaaier(IKetenStore store, ToegangOpties opties, TimeProvider tijd, ILogger<MedewerkerZaaier> logger)
{
    /// <param name="door">Who loads the reference data (Keten at start, an operator on the CLI), for the audit trail.</param>
    public async Task<int> ZaaiAsync(IReadOnlyList<ReferentieMedewerker> medewerkers, Auditbron door, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(medewerkers);
        var tokensOpen = !opties.TokenGesloten(tijd.GetUtcNow());
        var geheimen = tokensOpen ? new TokenGeheimen(opties.TokenSleutel!) : null;
        var zaad = medewerkers.Select(m => new Zaaimedewerker(
            ReferentiedataSleutels.Van(m), m.Onderwijsbestuurcode, m.Naam,
            m.Rol == "beheerder" ? BeheerderAanwijzing.AlleFuncties : [],
            m.LegacyToken is { } t && geheimen is not null ? (t.Gebruikersnaam, geheimen.Versleutel(t.Gebruikersnaam, t.TotpSecret)) : null)).ToList();
        var overgeslagen = tokensOpen ? 0 : medewerkers.Count(m => m.LegacyToken is not null);
        if (overgeslagen > 0)
        {
            logger.LogInformation("{Aantal} DUO tokens from the reference data not seeded: token login is closed (no Keten:Toegang:TokenSleutel, or past Keten:Toegang:TokenEinddatum)", overgeslagen);
        }

        return await store.Medewerkers.ZaaiAsync(zaad, door, ct);
    }
}
