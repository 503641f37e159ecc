using Keten.Application.Rio;
using Keten.Application.Rio.Queries;
using Keten.Application.Rod;
using Keten.Application.Toegang;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio.Leerroutes;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Overzicht;
using Keten.Server.Portaal.Signalen;

namespace Keten.Server.Portaal.Pages;

/// <summary>
/// The dashboard: what needs the school's attention now and the chain's coming dates. Each block of work only for a
/// medewerker holding its function: open chain signals (inschrijvingen), leerroutes waiting for the partner (RIO beheren),
/// enrolments with a funding doubt (bekostiging inzien).
/// </summary>
public sealed class IndexModel(TimeProvider tijd, KetensignaalQueries signalen, RioQueries rio, InschrijvingQueries inschrijvingen,
    Instellingsbevoegdheid bevoegdheid, ReferentiedataBron referentie, VoorlopigeBekostigingQuery voorlopigeBekostiging) : PortaalPaginaModel
{
    /// <summary>How many signals, routes and doubts a block lists before it links on.</summary>
    public const int Eerste = 3;

    public DateOnly Vandaag { get; private set; }

    public IReadOnlyList<Ketentermijn> Termijnen { get; private set; } = [];

    /// <summary>Null: the medewerker holds no inschrijvingen function, so the block is not shown.</summary>
    public IReadOnlyList<OpenKetensignaal>? OpenSignalen { get; private set; }

    public IReadOnlyList<Leerroute>? WachtendeLeerroutes { get; private set; }

    public IReadOnlyList<Bekostigingstwijfel>? Twijfels { get; private set; }

    public DateOnly Teldatum { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Vandaag = tijd.Vandaag();
        Termijnen = Ketentermijnen.Komende(Vandaag);
        var bestuur = Gebruiker.Medewerker.Onderwijsbestuurcode;
        var inschrijver = Gebruiker.MagEenVan([Functie.InschrijvingenVo, Functie.InschrijvingenMbo]);
        var bekostiging = Gebruiker.Mag(Functie.BekostigingInzien);
        if (inschrijver)
        {
            OpenSignalen = await OpenKetensignalen.VoorAsync(signalen, referentie, Afzender, ct);
        }

        if (Gebruiker.Mag(Functie.RioBeheren))
        {
            WachtendeLeerroutes = [.. (await rio.LeerroutesVanBestuurAsync(bestuur, ct))
                .Where(r => r.Status == LeerrouteStatus.WachtOpPartner && (r.Periode.Einddatum is null || r.Periode.Einddatum > Vandaag)
                    && (MagRioVoor(r.MboAanbiedercode) || MagRioVoor(r.VoAanbiedercode)))
                .OrderBy(r => r.Periode.Begindatum)];
        }

        if (bekostiging)
        {
            var brins = await bevoegdheid.BrinsAsync(Afzender, Functie.BekostigingInzien, ct) ?? [];
            var open = await OpenKetensignalen.VanBestuurAsync(signalen, referentie, bestuur, ct);
            (Teldatum, Twijfels) = await Bekostigingstwijfels.BepaalAsync(inschrijvingen, voorlopigeBekostiging, bestuur, brins, open, Vandaag, ct);
        }
    }

    /// <summary>Whether the medewerker manages RIO for the aanbieder (an authorisation without aanbieder: all of the board's).</summary>
    private bool MagRioVoor(string aanbieder) => Gebruiker.Medewerker.Autorisaties
        .Any(a => a.Functie == Functie.RioBeheren && (a.Onderwijsaanbiedercode is null || a.Onderwijsaanbiedercode == aanbieder));
}
