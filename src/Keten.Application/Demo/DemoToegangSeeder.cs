using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Domain.Toegang;
using Keten.Storage;
using Keten.Toegang;
using Microsoft.Extensions.Logging;

namespace Keten.Application.Demo;

/// <summary>The demo's staff file (DemoData/toegang-demo.json), per board its beheerder first.</summary>
public sealed record DemoToegang(IReadOnlyList<DemoMedewerker> Medewerkers);

/// <param name="EHerkenning">Linked to the development broker's identity; false: left as seeded (e.g. still on the DUO token).</param>
/// <param name="Autorisaties">Granted by the board's beheerder.</param>
public sealed record DemoMedewerker(string Onderwijsbestuurcode, string Naam, bool EHerkenning, IReadOnlyList<Autorisatie> Autorisaties);

/// <summary>
/// Makes the demo's reference medewerkers usable with the development broker: each listed one with
/// <see cref="DemoMedewerker.EHerkenning"/> is linked to the exact identity the broker gives them (through a koppelcode,
/// as a DUO-appointed beheerder links, which also ends a token: that person has moved), and the board's beheerder (its
/// first entry) grants the others their authorisations, through the same services as the CLI and /api/toegang.
/// A board whose beheerder is linked is left alone (seeded before, or by another process right now), so a restart
/// duplicates nothing and a beheerder's later changes stay. A person the reference data lacks (other reference data than
/// the demo's) is skipped, with the rest of the board when it is the beheerder; a refusal stops the start.
/// </summary>
public sealed class DemoToegangSeeder(IKetenStore store, BeheerderAanwijzing aanwijzing, MedewerkerBeheer beheer, ILogger<DemoToegangSeeder> logger)
{
    public async Task SeedAsync(string pad, IDemoEHerkenning broker, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(broker);
        var demo = RioJson.Deserialize<DemoToegang>(await File.ReadAllTextAsync(pad, ct));
        var besturen = 0;
        foreach (var bestuur in demo.Medewerkers.GroupBy(m => m.Onderwijsbestuurcode, StringComparer.Ordinal))
        {
            besturen += await SeedBestuurAsync([.. bestuur], broker, ct) ? 1 : 0;
        }

        logger.LogInformation("Demo staff: {Besturen} boards' medewerkers linked to the development broker's identities", besturen);
    }

    private async Task<bool> SeedBestuurAsync(IReadOnlyList<DemoMedewerker> medewerkers, IDemoEHerkenning broker, CancellationToken ct)
    {
        var beheerder = medewerkers[0];
        if (Inlog(broker, beheerder) is not { } inlog
            || await store.Medewerkers.MedewerkerMetIdentiteitAsync(inlog.Sleutel.Tekst(), ct) is not null
            || !await KoppelAsync(beheerder, inlog, ct))
        {
            return false;
        }

        var aanmelding = new Aanmelding(inlog);
        foreach (var collega in medewerkers.Skip(1))
        {
            if (collega.EHerkenning)
            {
                if (Inlog(broker, collega) is not { } collegaInlog)
                {
                    continue;
                }

                await KoppelAsync(collega, collegaInlog, ct);
            }

            var id = (await store.Medewerkers.MedewerkersVanBestuurAsync(collega.Onderwijsbestuurcode, ct)).First(m => m.Naam == collega.Naam).Id;
            Verwacht(await beheer.WijzigAutorisatiesAsync(aanmelding, id, collega.Autorisaties, [], Deur.Intern, ct), collega);
        }

        return true;
    }

    /// <summary>False when another process linked this identity first.</summary>
    private async Task<bool> KoppelAsync(DemoMedewerker medewerker, Authenticatiecontext inlog, CancellationToken ct)
    {
        var code = Verwacht(await aanwijzing.KoppelcodeAsync(medewerker.Onderwijsbestuurcode, medewerker.Naam, [], Auditbronnen.Systeem("demo"), ct), medewerker);
        var koppeling = await aanwijzing.KoppelAsync(inlog, code.Koppelcode, ct);
        if (koppeling.Fout is { Foutcode: "TGA014" })
        {
            return false;
        }

        Verwacht(koppeling, medewerker);
        return true;
    }

    /// <summary>Null, logged, when the reference data (Keten:ReferenceData, not the demo's) has no such medewerker.</summary>
    private Authenticatiecontext? Inlog(IDemoEHerkenning broker, DemoMedewerker medewerker)
    {
        var inlog = broker.Inlog(medewerker.Onderwijsbestuurcode, medewerker.Naam);
        if (inlog is null)
        {
            logger.LogInformation("Demo medewerker {Naam} of {Bestuur} is not in the reference data; not linked", medewerker.Naam, medewerker.Onderwijsbestuurcode);
        }

        return inlog;
    }

    private static T Verwacht<T>(Toegangsuitkomst<T> uitkomst, DemoMedewerker medewerker) =>
        uitkomst.Fout is { } fout
            ? throw new InvalidOperationException($"Demo medewerker {medewerker.Naam} of {medewerker.Onderwijsbestuurcode} refused: {fout.Foutcode} {fout.Fouttekst}")
            : uitkomst.Waarde!;
}
