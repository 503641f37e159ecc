using System.Security.Cryptography;
using System.Text;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Toegang;
using Keten.Storage;
using Keten.Storage.Audit;
using Keten.Storage.Toegang;
using Keten.Toegang;

namespace Keten.Application.Toegang;

/// <summary>A board's new beheerder and the one-time code that links their eHerkenning identity at the first login.</summary>
public sealed record Aanwijzing(string MedewerkerId, string Koppelcode, DateTimeOffset GeldigTot);

/// <summary>
/// A DUO operator appoints a board's beheerder (`keten toegang beheerder-aanwijzen`): the board's medewerker of that
/// name (a beheerder seeded without a token) or a new one gets every function for all the board's aanbieders and a koppelcode handed to the person out of band. At their first eHerkenning login
/// for that board they enter it once; their identity is then linked. Only a SHA-256 of the code is stored.
/// </summary>
public sealed class BeheerderAanwijzing(IKetenStore store, ReferentiedataBron referentie, HuidigeMedewerkerBepaling bepaling,
    ToegangOpties opties, TimeProvider tijd)
{
    /// <summary>Every function for all aanbieders: what a board's first beheerder gets.</summary>
    public static IReadOnlyList<Autorisatie> AlleFuncties { get; } = [.. Enum.GetValues<Functie>().Select(f => new Autorisatie(f))];

    /// <param name="door">Who appoints (a DUO operator), for the audit trail.</param>
    public Task<Toegangsuitkomst<Aanwijzing>> AanwijzenAsync(string onderwijsbestuurcode, string naam, Auditbron door, CancellationToken ct) =>
        KoppelcodeAsync(onderwijsbestuurcode, naam, AlleFuncties, door, ct);

    /// <summary>
    /// A koppelcode for the board's medewerker of that name (or a new one), who gets <paramref name="autorisaties"/> added:
    /// the appointment above, a colleague a beheerder invites (MedewerkerBeheer.UitnodigenAsync), and the demo's staff
    /// (DemoToegangSeeder), who are linked the way a real person is.
    /// </summary>
    /// <param name="door">Who issues the code (operator, beheerder, demo), for the audit trail.</param>
    public async Task<Toegangsuitkomst<Aanwijzing>> KoppelcodeAsync(string onderwijsbestuurcode, string naam, IReadOnlyList<Autorisatie> autorisaties,
        Auditbron door, CancellationToken ct)
    {
        if (referentie.Huidig.Bestuur(onderwijsbestuurcode) is null)
        {
            return ToegangFoutcodes.TGA016(onderwijsbestuurcode);
        }

        if (string.IsNullOrWhiteSpace(naam))
        {
            return ToegangFoutcodes.TGA017("naam");
        }

        var code = NieuweCode();
        var geldigTot = tijd.GetUtcNow() + opties.KoppelcodeGeldigheid;
        var id = await store.Medewerkers.BeheerderMetKoppelcodeAsync(onderwijsbestuurcode, naam.Trim(), autorisaties, Hash(code), geldigTot, door, ct);
        return new Aanwijzing(id, code, geldigTot);
    }

    public async Task<Toegangsuitkomst<Medewerker>> KoppelAsync(Authenticatiecontext context, string koppelcode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HuidigeMedewerkerBepaling.NiveauTeLaag(context) is { } te)
        {
            return te;
        }

        var hash = Hash(koppelcode ?? "");
        if (await store.Medewerkers.KoppelcodeMedewerkerAsync(hash, ct) is not { } id
            || await store.Medewerkers.MedewerkerAsync(id, ct) is not { } medewerker)
        {
            return ToegangFoutcodes.TGA015();
        }

        if (!bepaling.VertegenwoordigtBestuur(context, medewerker.Onderwijsbestuurcode))
        {
            return ToegangFoutcodes.TGA013();
        }

        return (await store.Medewerkers.KoppelMetCodeAsync(hash, context.Sleutel.Tekst(),
            Auditbronnen.Medewerker(medewerker.Onderwijsbestuurcode, medewerker.Id, Deur.Rest), ct)).Uitkomst switch
        {
            Koppeling.Gedaan => (await store.Medewerkers.MedewerkerAsync(id, ct))!,
            Koppeling.IdentiteitAlGekoppeld => ToegangFoutcodes.TGA014(),
            _ => ToegangFoutcodes.TGA015(),
        };
    }

    /// <summary>20 base32 characters (100 bits) in groups of four, e.g. K7QM-2XRA-…; read without dashes or case.</summary>
    private static string NieuweCode()
    {
        const string Alfabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var tekens = RandomNumberGenerator.GetItems<char>(Alfabet, 20);
        return string.Join('-', tekens.Chunk(4).Select(g => new string(g)));
    }

    private static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant())));
}
