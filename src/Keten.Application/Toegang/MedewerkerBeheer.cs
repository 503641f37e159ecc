using System.Globalization;
using CsvHelper;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Toegang;
using Keten.Storage;
using Keten.Storage.Toegang;

namespace Keten.Application.Toegang;

/// <summary>
/// What a board's beheerder (a medewerker with <see cref="Functie.Beheer"/> for all the board's aanbieders) does with
/// the board's staff: list them, grant and revoke authorisations, export who has moved off the DUO token.
/// Only the own board, only aanbieders of the own board, and never the board's last beheer authorisation.
/// </summary>
public sealed class MedewerkerBeheer(IKetenStore store, HuidigeMedewerkerBepaling bepaling, BeheerderAanwijzing koppelcodes)
{
    private static readonly CsvWriterOptions CsvOpties = CsvWriterOptions.Default with { Separator = ';', NewLine = "\n", Injection = CsvInjection.Escape };

    public async Task<Toegangsuitkomst<IReadOnlyList<Medewerker>>> MedewerkersAsync(Aanmelding? aanmelding, CancellationToken ct)
    {
        var beheerder = await bepaling.BeheerderAsync(aanmelding, ct);
        return beheerder.Waarde is { } b
            ? new Toegangsuitkomst<IReadOnlyList<Medewerker>>(await store.Medewerkers.MedewerkersVanBestuurAsync(b.Onderwijsbestuurcode, ct), null)
            : beheerder.Fout!;
    }

    /// <param name="deur">The door the beheerder uses (the audit trail records it).</param>
    public async Task<Toegangsuitkomst<Medewerker>> WijzigAutorisatiesAsync(Aanmelding? aanmelding, string medewerkerId,
        IReadOnlyList<Autorisatie> toekennen, IReadOnlyList<Autorisatie> intrekken, Deur deur, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(toekennen);
        ArgumentNullException.ThrowIfNull(intrekken);
        var beheerder = await bepaling.BeheerderAsync(aanmelding, ct);
        if (beheerder.Waarde is not { } b)
        {
            return beheerder.Fout!;
        }

        var bestuur = b.Onderwijsbestuurcode;
        if (await VreemdeAanbiederAsync(bestuur, [.. toekennen, .. intrekken], ct) is { } vreemd)
        {
            return vreemd;
        }

        return await store.Medewerkers.WijzigAutorisatiesAsync(bestuur, medewerkerId, toekennen, intrekken,
            Auditbronnen.Medewerker(bestuur, b.Id, deur), ct) switch
        {
            AutorisatieWijziging.OnbekendeMedewerker => ToegangFoutcodes.TGA003(medewerkerId),
            AutorisatieWijziging.LaatsteBeheer => ToegangFoutcodes.TGA005(bestuur),
            _ => (await store.Medewerkers.MedewerkerAsync(medewerkerId, ct))!,
        };
    }

    /// <summary>
    /// A colleague who never had a DUO token joins: the beheerder names them and their authorisations and gets a
    /// one-time koppelcode to hand over; at their first eHerkenning login for the board they enter it
    /// (<see cref="BeheerderAanwijzing.KoppelAsync"/>). A name already in use at the board is refused (TGA022), except
    /// for a medewerker who has not linked any login yet, who gets a new code.
    /// </summary>
    /// <param name="deur">The door the beheerder uses (the audit trail records it).</param>
    public async Task<Toegangsuitkomst<Aanwijzing>> UitnodigenAsync(Aanmelding? aanmelding, string? naam, IReadOnlyList<Autorisatie> autorisaties,
        Deur deur, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(autorisaties);
        var beheerder = await bepaling.BeheerderAsync(aanmelding, ct);
        if (beheerder.Waarde is not { } b)
        {
            return beheerder.Fout!;
        }

        if (string.IsNullOrWhiteSpace(naam))
        {
            return ToegangFoutcodes.TGA017("naam");
        }

        var bestuur = b.Onderwijsbestuurcode;
        if (await VreemdeAanbiederAsync(bestuur, autorisaties, ct) is { } vreemd)
        {
            return vreemd;
        }

        if ((await store.Medewerkers.MedewerkersVanBestuurAsync(bestuur, ct)).Any(m => m.Naam == naam.Trim() && m.Inlogmiddel != Inlogmiddel.Geen))
        {
            return ToegangFoutcodes.TGA022(naam.Trim());
        }

        return await koppelcodes.KoppelcodeAsync(bestuur, naam, autorisaties, Auditbronnen.Medewerker(bestuur, b.Id, deur), ct);
    }

    /// <summary>
    /// The board's staff as CSV (naam;inlogmiddel;verhuisdOp;autorisaties, ';'-separated, cells that a spreadsheet would
    /// run as a formula escaped): who has moved off the DUO token and who has not. Null when written, else the refusal.
    /// </summary>
    public async Task<Foutmelding?> ExporteerAsync(Aanmelding? aanmelding, Stream uit, CancellationToken ct)
    {
        var medewerkers = await MedewerkersAsync(aanmelding, ct);
        if (medewerkers.Waarde is not { } lijst)
        {
            return medewerkers.Fout;
        }

        await SchrijfCsvAsync(lijst, uit, ct);
        return null;
    }

    /// <summary>The CSV of <see cref="ExporteerAsync"/> for a list already chosen (the DUO operator's CLI).</summary>
    public static async Task SchrijfCsvAsync(IReadOnlyList<Medewerker> lijst, Stream uit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        await using var csv = CsvWriter.Create(uit, CsvOpties, leaveOpen: true);
        csv.WriteHeader(["naam", "inlogmiddel", "verhuisdOp", "autorisaties"]);
        foreach (var m in lijst)
        {
            await csv.WriteRecordAsync(
            [
                m.Naam,
                m.Inlogmiddel.ToString(),
                m.Inlogmiddel == Inlogmiddel.Verhuisd ? m.VerhuisdOp?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "" : "",
                Autorisatie.Tekst(m.Autorisaties),
            ], ct);
        }

        await csv.FlushAsync(ct);
    }

    /// <summary>TGA004 for the first aanbieder named that is not a current aanbieder of the board.</summary>
    private async Task<Foutmelding?> VreemdeAanbiederAsync(string bestuur, IEnumerable<Autorisatie> autorisaties, CancellationToken ct)
    {
        foreach (var aanbieder in autorisaties.Select(a => a.Onderwijsaanbiedercode).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await store.GetAsync(RioObjectSoort.Onderwijsaanbieder, aanbieder, ct) is not { Verwijderd: false } gevonden
                || gevonden.Onderwijsbestuurcode != bestuur)
            {
                return ToegangFoutcodes.TGA004(aanbieder);
            }
        }

        return null;
    }

}
