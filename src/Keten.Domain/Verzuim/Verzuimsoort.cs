namespace Keten.Domain.Verzuim;

/// <summary>
/// The kinds of verzuimmelding (domain.md §8), by Keten's stable codes (docs/verzuim.md): the enum names are what the
/// JSON carries.
/// </summary>
public enum Verzuimsoort
{
    /// <summary>16 uur in 4 weken: at least 16 hours of unauthorised absence in 4 consecutive school weeks, pupil under 18.</summary>
    ZestienUur,

    /// <summary>Langdurig relatief verzuim: absent for more than 4 weeks.</summary>
    Lrv,

    /// <summary>Luxe verzuim: absent for a holiday outside the school holidays.</summary>
    Luxe,

    /// <summary>RMC/18-plus: no longer leerplichtig, under 23, without startkwalificatie.</summary>
    Rmc,

    /// <summary>Overig verzuim: any other unauthorised absence (optional to report).</summary>
    Overig,
}

public static class Verzuimsoorten
{
    /// <summary>The kinds whose report needs an einddatum once the pupil returns or is unenrolled (domain.md rule 39).</summary>
    public static bool EinddatumVerplicht(Verzuimsoort soort) => soort is Verzuimsoort.ZestienUur or Verzuimsoort.Lrv or Verzuimsoort.Rmc;
}
