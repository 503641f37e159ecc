using System.Security.Cryptography;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Toegang;
using Keten.Storage;
using Keten.Storage.Toegang;
using Keten.Toegang;

namespace Keten.Application.Toegang;

/// <summary>
/// The legacy DUO token (issue 7 point 5): login with gebruikersnaam + TOTP code while tokens are open, and the move to
/// eHerkenning: a person logged in with eHerkenning for the token's board proves the token once; the identity is
/// linked to the token's medewerker (its authorisations stay), and the token is revoked (domain.md rule 34).
/// A code is accepted for the step before, the current and the next step, and each step only once per token.
/// </summary>
public sealed class TokenAanmelding(IKetenStore store, HuidigeMedewerkerBepaling bepaling, ToegangOpties opties, TimeProvider tijd)
{
    public async Task<Toegangsuitkomst<Medewerker>> InloggenAsync(string gebruikersnaam, string code, CancellationToken ct)
    {
        var (token, stap, fout) = await ControleerAsync(gebruikersnaam, code, ct);
        if (fout is not null)
        {
            return fout;
        }

        return await store.Medewerkers.TokenstapGebruikAsync(token!.Gebruikersnaam, stap, ct)
            ? (await store.Medewerkers.MedewerkerAsync(token.MedewerkerId, ct))!
            : ToegangFoutcodes.TGA011();
    }

    public async Task<Toegangsuitkomst<Medewerker>> VerhuizenAsync(Authenticatiecontext context, string gebruikersnaam, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HuidigeMedewerkerBepaling.NiveauTeLaag(context) is { } te)
        {
            return te;
        }

        var (token, stap, fout) = await ControleerAsync(gebruikersnaam, code, ct);
        if (fout is not null)
        {
            return fout;
        }

        var medewerker = (await store.Medewerkers.MedewerkerAsync(token!.MedewerkerId, ct))!;
        if (!bepaling.VertegenwoordigtBestuur(context, medewerker.Onderwijsbestuurcode))
        {
            return ToegangFoutcodes.TGA013();
        }

        return await store.Medewerkers.VerhuisAsync(token.Gebruikersnaam, stap, context.Sleutel.Tekst(),
            Auditbronnen.Medewerker(medewerker.Onderwijsbestuurcode, medewerker.Id, Deur.Rest), ct) switch
        {
            Koppeling.TokenstapGebruikt => ToegangFoutcodes.TGA011(),
            Koppeling.IdentiteitAlGekoppeld => ToegangFoutcodes.TGA014(),
            _ => (await store.Medewerkers.MedewerkerAsync(medewerker.Id, ct))!,
        };
    }

    private async Task<(OpgeslagenToken? Token, long Stap, Domain.Gemeenschappelijk.Foutmelding? Fout)> ControleerAsync(
        string gebruikersnaam, string code, CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        if (opties.TokenGesloten(nu))
        {
            return (null, 0, ToegangFoutcodes.TGA012(opties.TokenEinddatum));
        }

        if (string.IsNullOrEmpty(gebruikersnaam) || string.IsNullOrEmpty(code))
        {
            return (null, 0, ToegangFoutcodes.TGA017(string.IsNullOrEmpty(gebruikersnaam) ? "gebruikersnaam" : "code"));
        }

        var token = await store.Medewerkers.TokenAsync(gebruikersnaam, ct);
        if (token is not { Ingetrokken: false })
        {
            return (null, 0, ToegangFoutcodes.TGA010());
        }

        string geheim;
        try
        {
            geheim = new TokenGeheimen(opties.TokenSleutel!).Ontsleutel(token.Gebruikersnaam, token.Geheim);
        }
        catch (CryptographicException)
        {
            // Encrypted under another key: the operator changed Keten:Toegang:TokenSleutel (ADR 0018).
            return (null, 0, ToegangFoutcodes.TGA010());
        }

        return TotpControle.Controleer(TotpControle.Geheim(geheim), code, nu) is { } stap
            ? (token, stap, null)
            : (null, 0, ToegangFoutcodes.TGA010());
    }
}
