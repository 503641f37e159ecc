namespace Keten.Domain.Toegang;

/// <summary>
/// One authorisation of a medewerker: a function, for one aanbieder of the board or, when
/// <paramref name="Onderwijsaanbiedercode"/> is null, for all of the board's aanbieders (also those added later).
/// </summary>
public sealed record Autorisatie(Functie Functie, string? Onderwijsaanbiedercode = null)
{
    public bool VoorAlleAanbieders => Onderwijsaanbiedercode is null;

    /// <summary>Authorisations as one text (exports, the audit trail): Functie, or Functie@aanbieder for one aanbieder, space-separated.</summary>
    public static string Tekst(IEnumerable<Autorisatie> autorisaties) =>
        string.Join(' ', autorisaties.Select(a => a.VoorAlleAanbieders ? a.Functie.ToString() : $"{a.Functie}@{a.Onderwijsaanbiedercode}"));
}
