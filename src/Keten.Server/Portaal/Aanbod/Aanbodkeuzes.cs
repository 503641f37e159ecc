using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;

namespace Keten.Server.Portaal.Aanbod;

/// <summary>The choices of the aanbod form: the board's aanbieders and locations, the erkenningen and DUO's value lists.</summary>
public sealed record Aanbodkeuzes(IReadOnlyList<Keuze> Aanbieders, IReadOnlyList<Keuze> Locaties, IReadOnlyList<Keuze> Opleidingen)
{
    public static Aanbodkeuzes Van(IReadOnlyList<Aanbiedernaam> aanbieders, IEnumerable<Onderwijslocatiegebruik> locaties, Referentiedata referentie, bool vo)
    {
        ArgumentNullException.ThrowIfNull(referentie);
        IEnumerable<Keuze> opleidingen = vo
            ? referentie.VoVakerkenningen
                .OrderBy(v => v.Naam, StringComparer.CurrentCulture)
                .Select(v => new Keuze(string.Join(Aanbodformulier.Deelscheiding, v.Opleidingsstelsel, v.Opleidingscode, v.Opleidingsniveau), $"{v.Opleidingscode} {v.Naam} ({v.Opleidingsniveau})"))
            : referentie.Opleidingserkenningen
                .Where(e => e.Opleidingsstelsel == "CREBO")
                .OrderBy(e => e.Naam, StringComparer.CurrentCulture)
                .Select(e => new Keuze(e.Opleidingscode, $"{e.Opleidingscode} {e.Naam} ({e.Niveau})"));
        return new Aanbodkeuzes(
            [.. aanbieders.Select(a => new Keuze(a.Code, a.Tekst))],
            [new Keuze("", "Geen onderwijslocatie"), .. locaties.Where(l => l.Onderwijslocatiecode is not null)
                .Select(l => new Keuze(l.Onderwijslocatiecode!, l.AanduidingPlaats is { } plaats ? $"{l.Onderwijslocatiecode} ({plaats.Plaatsnaam})" : l.Onderwijslocatiecode!))],
            [new Keuze("", vo ? "Kies een VO-vakerkenning" : "Kies een opleiding"), .. opleidingen]);
    }

    public static IReadOnlyList<Keuze> Leertrajecten { get; } = [.. Waardelijsten.LeertrajectMbo.Waarden.Select(w => new Keuze(w.Code, w.Code))];

    public static IReadOnlyList<Keuze> Niveaus { get; } =
        [new Keuze("", "Het niveau van de opleiding"), .. Waardelijsten.Kwalificatieniveau.Waarden.Select(w => new Keuze(w.Code, w.Code))];

    public static IReadOnlyList<Keuze> Toelatingseisen { get; } = [new Keuze("NEE", "Nee"), new Keuze("JA", "Ja")];

    public static IReadOnlyList<Keuze> Toegankelijkheden { get; } = [new Keuze("ALL", "Voor iedereen (ALL)"), new Keuze("SPEC", "Voor een specifieke doelgroep (SPEC)")];

    public static IReadOnlyList<Keuze> Leerroutes { get; } =
    [
        new Keuze("", "Geen leerroute"),
        new Keuze(LeerrouteCodes.Dlr, "Doorlopende leerroute vmbo-mbo (DLR_VMBO_MBO)"),
        new Keuze(LeerrouteCodes.Glr, "Geïntegreerde leerroute vmbo-mbo (GLR_VMBO_MBO)"),
    ];
}
