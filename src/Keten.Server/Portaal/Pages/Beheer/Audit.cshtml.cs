using System.Globalization;
using Keten.Application.Toegang;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Domain.Toegang;
using Keten.Server.Toegang;
using Keten.Storage.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Beheer;

/// <summary>
/// The board's audit trail for its beheerder (<see cref="AuditInzage"/>, as /api/toegang/audit): per page of 100, oldest
/// first, filtered by a period (van and tot as Dutch calendar days, tot inclusive), and the same rows as CSV.
/// </summary>
[PortaalFuncties(Functie.Beheer)]
public sealed class AuditModel(AuditInzage inzage, MedewerkerBeheer beheer) : PortaalPaginaModel
{
    public IReadOnlyList<Auditrij> Rijen { get; private set; } = [];

    public int Aantal { get; private set; }

    public int Pagina { get; private set; }

    public int Paginas => Math.Max(1, (Aantal + AuditInzage.Paginagrootte - 1) / AuditInzage.Paginagrootte);

    public string? Van { get; private set; }

    public string? Tot { get; private set; }

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    /// <summary>Medewerker ids as names, for the rows about a medewerker and the medewerkers who acted.</summary>
    public IReadOnlyDictionary<string, string> Namen { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string? van, string? tot, int pagina, CancellationToken ct)
    {
        (Van, Tot, Pagina) = (van, tot, Math.Max(0, pagina));
        if (Periode(van, tot) is not { } periode)
        {
            return Page();
        }

        var uitkomst = await inzage.PaginaAsync(ToegangClaims.Lees(User), periode.Van, periode.Tot, Pagina, ct);
        if (uitkomst.Fout is { } fout)
        {
            return Redirect(Portaalpaden.GeenToegang(fout.Foutcode, nameof(Functie.Beheer)));
        }

        (Rijen, Aantal) = (uitkomst.Waarde!.Items, uitkomst.Waarde.AantalResultaten);
        Namen = (await beheer.MedewerkersAsync(ToegangClaims.Lees(User), ct)).Waarde?.ToDictionary(m => m.Id, m => m.Naam) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string? van, string? tot, CancellationToken ct)
    {
        (Van, Tot) = (van, tot);
        if (Periode(van, tot) is not { } periode)
        {
            return Page();
        }

        var uitkomst = await inzage.ExportAsync(ToegangClaims.Lees(User), periode.Van, periode.Tot, ct);
        if (uitkomst.Waarde is not { } rijen)
        {
            return Redirect(Portaalpaden.GeenToegang(uitkomst.Fout!.Foutcode, nameof(Functie.Beheer)));
        }

        var buffer = new MemoryStream();
        await AuditInzage.SchrijfCsvAsync(rijen, buffer, ct);
        buffer.Position = 0;
        return File(buffer, "text/csv; charset=utf-8", "audit.csv");
    }

    public string Naam(string kenmerk) => Namen.TryGetValue(kenmerk, out var naam) ? naam : kenmerk;

    public static string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Nederlandsetijd.Zone).ToString("dd-MM-yyyy HH:mm:ss", Portaalopmaak.Nl);

    /// <summary>The period as moments: from the start of day van to the end of day tot (Dutch time); null when a date is unreadable.</summary>
    private (DateTimeOffset? Van, DateTimeOffset? Tot)? Periode(string? van, string? tot)
    {
        var fouten = new List<Veldfout>();
        var vanaf = Dag(van, "van", fouten);
        var totEnMet = Dag(tot, "tot", fouten);
        Fouten = fouten;
        return fouten.Count > 0 ? null : (vanaf, totEnMet?.AddDays(1));
    }

    private static DateTimeOffset? Dag(string? waarde, string veld, List<Veldfout> fouten)
    {
        if (string.IsNullOrEmpty(waarde))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag))
        {
            fouten.Add(Veldfout.Ongeldig(veld, "een datum als jjjj-mm-dd"));
            return null;
        }

        var middernacht = dag.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(middernacht, Nederlandsetijd.Zone.GetUtcOffset(middernacht));
    }
}
