using Keten.Application.Rio.Handlers;
using Keten.Application.Rio.Queries;
using Keten.Application.Toegang;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Aanbod;
using Keten.Server.Toegang;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Beheer;

/// <summary>
/// The board's beheer (<see cref="MedewerkerBeheer"/>, as /api/toegang/medewerkers): the medewerkers with their
/// autorisaties per function and aanbieder, granting and revoking them, inviting a colleague (the one-time koppelcode),
/// and who still logs in with a DUO token, with the move overview as CSV. The service judges the login itself
/// (<see cref="ToegangClaims.Lees"/>): only a beheerder of the own board, only the board's aanbieders.
/// </summary>
[PortaalFuncties(Functie.Beheer)]
public sealed class MedewerkersModel(MedewerkerBeheer beheer, RioQueries rio, TimeProvider tijd) : PortaalPaginaModel
{
    public const string AanbiederVeld = "onderwijsaanbiedercode";
    public const string UitnodigingAanbiederVeld = "uitnodigingAanbieder";

    public IReadOnlyList<Medewerker> Medewerkers { get; private set; } = [];

    /// <summary>The choices of the aanbieder field: the whole board first, then each of the board's aanbieders (RIO).</summary>
    public IReadOnlyList<Keuze> Aanbiederkeuzes { get; private set; } = [];

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public bool Gewijzigd { get; private set; }

    public Aanwijzing? Uitnodiging { get; private set; }

    public string? UitgenodigdeNaam { get; private set; }

    public string? Naam { get; private set; }

    public string? Aanbieder { get; private set; }

    public string? UitnodigingAanbieder { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool gewijzigd, CancellationToken ct)
    {
        Gewijzigd = gewijzigd;
        return await LijstAsync(ct);
    }

    public Task<IActionResult> OnPostToekennenAsync(string? medewerkerId, string? functie, string? onderwijsaanbiedercode, CancellationToken ct)
    {
        Aanbieder = onderwijsaanbiedercode;
        return WijzigAsync(medewerkerId, functie, onderwijsaanbiedercode, toekennen: true, ct);
    }

    public Task<IActionResult> OnPostIntrekkenAsync(string? medewerkerId, string? functie, string? onderwijsaanbiedercode, CancellationToken ct) =>
        WijzigAsync(medewerkerId, functie, onderwijsaanbiedercode, toekennen: false, ct);

    public async Task<IActionResult> OnPostUitnodigenAsync(string? naam, string[]? functies, string? uitnodigingAanbieder, CancellationToken ct)
    {
        (Naam, UitnodigingAanbieder) = (naam, uitnodigingAanbieder);
        var aanbieder = string.IsNullOrWhiteSpace(uitnodigingAanbieder) ? null : uitnodigingAanbieder.Trim();
        var gekozen = (functies ?? []).Select(f => Enum.TryParse<Functie>(f, out var x) && Enum.IsDefined(x) ? x : (Functie?)null).OfType<Functie>();
        var uitkomst = await beheer.UitnodigenAsync(ToegangClaims.Lees(User), naam, [.. gekozen.Select(f => new Autorisatie(f, aanbieder))], Deur.Portaal, ct);
        if (uitkomst.Waarde is { } aanwijzing)
        {
            // Shown once, on this answer, rather than after a redirect: the koppelcode must not travel in a URL.
            (Uitnodiging, UitgenodigdeNaam, Naam, UitnodigingAanbieder) = (aanwijzing, naam?.Trim(), null, null);
        }
        else
        {
            Fouten = [Uitnodigingsfout(uitkomst.Fout!)];
        }

        return await LijstAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var buffer = new MemoryStream();
        if (await beheer.ExporteerAsync(ToegangClaims.Lees(User), buffer, ct) is { } fout)
        {
            Fouten = [new Veldfout("medewerkerId", fout.Foutcode, fout.Fouttekst)];
            return await LijstAsync(ct);
        }

        buffer.Position = 0;
        return File(buffer, "text/csv; charset=utf-8", "medewerkers.csv");
    }

    public static string Inlogmiddel(Medewerker medewerker) => medewerker.Inlogmiddel switch
    {
        Domain.Toegang.Inlogmiddel.Token => "DUO-token (nog niet overgestapt)",
        Domain.Toegang.Inlogmiddel.Verhuisd => medewerker.VerhuisdOp is { } op
            ? $"eHerkenning (overgestapt op {Portaalopmaak.Datum(DateOnly.FromDateTime(op.UtcDateTime))})" : "eHerkenning (overgestapt)",
        Domain.Toegang.Inlogmiddel.EHerkenning => "eHerkenning",
        _ => "Nog niet gekoppeld (koppelcode uitgegeven)",
    };

    public static string Omvang(Autorisatie autorisatie) =>
        autorisatie.Onderwijsaanbiedercode is { } code ? $"onderwijsaanbieder {code}" : "alle onderwijsaanbieders";

    private async Task<IActionResult> WijzigAsync(string? medewerkerId, string? functie, string? aanbieder, bool toekennen, CancellationToken ct)
    {
        if (!Enum.TryParse<Functie>(functie, out var gekozen) || !Enum.IsDefined(gekozen))
        {
            Fouten = [new Veldfout("functie", "TGA017", "Kies een functie")];
            return await LijstAsync(ct);
        }

        Autorisatie[] autorisatie = [new(gekozen, string.IsNullOrWhiteSpace(aanbieder) ? null : aanbieder.Trim())];
        var uitkomst = await beheer.WijzigAutorisatiesAsync(ToegangClaims.Lees(User), medewerkerId ?? "",
            toekennen ? autorisatie : [], toekennen ? [] : autorisatie, Deur.Portaal, ct);
        if (uitkomst.Waarde is not null)
        {
            return RedirectToPage("/Beheer/Index", new { gewijzigd = true });
        }

        Fouten = [Veldfout.Van(uitkomst.Fout!, ["medewerkerId", "functie", AanbiederVeld], toekennen ? "medewerkerId" : "kop-medewerkers")];
        return await LijstAsync(ct);
    }

    private static Veldfout Uitnodigingsfout(Foutmelding fout)
    {
        var veld = Veldfout.Van(fout, ["naam", AanbiederVeld], "naam");
        return veld.Veld == AanbiederVeld ? veld with { Veld = UitnodigingAanbiederVeld } : veld;
    }

    private async Task<IActionResult> LijstAsync(CancellationToken ct)
    {
        var uitkomst = await beheer.MedewerkersAsync(ToegangClaims.Lees(User), ct);
        if (uitkomst.Fout is { } fout)
        {
            return Redirect(Portaalpaden.GeenToegang(fout.Foutcode, nameof(Functie.Beheer)));
        }

        Medewerkers = [.. uitkomst.Waarde!.OrderBy(m => m.Naam, StringComparer.CurrentCulture)];
        Aanbiederkeuzes = [new Keuze("", "Alle aanbieders van het bestuur"),
            .. (await new EigenAanbieders(rio, tijd).VanBestuurAsync(Gebruiker.Medewerker.Onderwijsbestuurcode, ct)).Select(a => new Keuze(a.Code, $"{a.Code} {a.Naam}"))];
        return Page();
    }
}
