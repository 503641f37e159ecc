using System.Globalization;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using ReferentieMedewerker = Keten.Domain.Referentie.Medewerker;

namespace Keten.Cli;

/// <summary>
/// The DUO operator's account commands (docs/toegang.md):
///   keten toegang beheerder-aanwijzen &lt;onderwijsbestuurcode&gt; &lt;naam…&gt;: a board's beheerder and the one-time koppelcode
///   keten toegang medewerkers &lt;onderwijsbestuurcode&gt;: the board's staff as CSV, moved off the token or not
/// Keten:Toegang settings come from the environment (Keten__Toegang__TokenSleutel, …), as for the server.
/// </summary>
public static class ToegangCommando
{
    public const string Uitleg = """
          keten toegang beheerder-aanwijzen <onderwijsbestuurcode> <naam> [--connection <connectionstring>]
          keten toegang medewerkers <onderwijsbestuurcode> [--connection <connectionstring>]
        """;

    public static ToegangOpties Opties() => ToegangOpties.Lees(sleutel => Environment.GetEnvironmentVariable(sleutel.Replace(":", "__", StringComparison.Ordinal)));

    public static async Task<int> BeheerderAanwijzenAsync(IKetenStore store, string bestuur, string naam, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var referentie = new ReferentiedataBron(store, TimeProvider.System, TimeSpan.Zero);
        await referentie.LaadAsync(ct);
        var opties = Opties();
        var bepaling = new HuidigeMedewerkerBepaling(store, referentie, opties, TimeProvider.System);
        var uitkomst = await new BeheerderAanwijzing(store, referentie, bepaling, opties, TimeProvider.System).AanwijzenAsync(bestuur, naam, Auditbronnen.Operator(), ct);
        if (uitkomst.Waarde is not { } a)
        {
            await fout.WriteLineAsync($"{uitkomst.Fout!.Foutcode}: {uitkomst.Fout.Fouttekst} ({string.Join(", ", uitkomst.Fout.Sleutelgegevens.Select(s => $"{s.Sleutelnaam} {s.Sleutelwaarde}"))})");
            return 2;
        }

        await uit.WriteLineAsync($"beheerder {naam} van {bestuur} aangewezen (medewerker {a.MedewerkerId})");
        await uit.WriteLineAsync($"koppelcode: {a.Koppelcode}");
        await uit.WriteLineAsync($"geldig tot: {a.GeldigTot.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; eenmalig te gebruiken bij de eerste eHerkenning-login voor dit bestuur");
        return 0;
    }

    public static async Task<int> MedewerkersAsync(IKetenStore store, string bestuur, TextWriter uit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await MedewerkerBeheer.SchrijfCsvAsync(await store.Medewerkers.MedewerkersVanBestuurAsync(bestuur, ct), buffer, ct);
        await uit.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return 0;
    }

    /// <summary>Seeds the medewerkers of a reference-data file just loaded (`keten referentie laden`).</summary>
    public static Task<int> ZaaiAsync(IKetenStore store, IReadOnlyList<ReferentieMedewerker> medewerkers, CancellationToken ct) =>
        new MedewerkerZaaier(store, Opties(), TimeProvider.System, NullLogger<MedewerkerZaaier>.Instance).ZaaiAsync(medewerkers, Auditbronnen.Operator(), ct);
}
