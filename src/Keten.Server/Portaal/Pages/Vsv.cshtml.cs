using Keten.Application.Rio;
using Keten.Application.Toegang;
using Keten.Application.Vsv;
using Keten.Domain.Toegang;
using Keten.Domain.Vsv;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Portaal.Pages;

/// <summary>
/// Voortijdig schoolverlaten per instelling for a peiljaar: the report of <see cref="VsvRapportage"/> over the instellingen
/// the medewerker may see (<see cref="Instellingsbevoegdheid"/>, as GET /api/vsv/rapport), as a table and as the chart the
/// CLI draws (<see cref="VsvGrafiek"/>), inline; the table is the chart's text alternative.
/// </summary>
[PortaalFuncties(Functie.VerzuimMelden, Functie.BekostigingInzien)]
public sealed class VsvModel(VsvRapportage rapportage, Instellingsbevoegdheid bevoegdheid, ReferentiedataBron referentie, TimeProvider tijd) : PortaalPaginaModel
{
    public string? Peiljaar { get; private set; }

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public Vsvrapport? Rapport { get; private set; }

    public string? Grafiek { get; private set; }

    public async Task OnGetAsync(string? peiljaar, CancellationToken ct)
    {
        var vandaag = tijd.Vandaag();
        Peiljaar = string.IsNullOrWhiteSpace(peiljaar) ? LaatsteAfgerondePeiljaar(vandaag).ToString(Portaalopmaak.Nl) : peiljaar.Trim();
        var (meting, fout) = VsvRapportage.LeesPeiljaar(Peiljaar);
        if (meting is null)
        {
            Fouten = [Veldfout.Ongeldig("peiljaar", fout!)];
            return;
        }

        var brins = await bevoegdheid.BrinsAsync(Afzender, [Functie.VerzuimMelden, Functie.BekostigingInzien], ct) ?? [];
        Rapport = await rapportage.MaakAsync(meting, referentie.Huidig, brins, null, ct);
        Grafiek = InlineSvg.Van(VsvGrafiek.Svg(Rapport, perInstelling: true),
            $"Staafdiagram: percentage nieuwe voortijdig schoolverlaters per instelling, {Portaalopmaak.Datum(Rapport.Peildatum)} tot {Portaalopmaak.Datum(Rapport.VolgendePeildatum)}. De tabel hierboven geeft dezelfde cijfers.");
    }

    /// <summary>The last measurement that has ended: from 1 October t to 1 October t+1, before today.</summary>
    private static int LaatsteAfgerondePeiljaar(DateOnly vandaag) => vandaag >= new DateOnly(vandaag.Year, 10, 1) ? vandaag.Year - 1 : vandaag.Year - 2;
}
