using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rio.Leerroutes;

public enum LeerrouteStatus
{
    /// <summary>Both sides registered the route, naming each other, in this period.</summary>
    Gevestigd,

    /// <summary>Only one side registered it; the other (Ontbrekend) has not.</summary>
    WachtOpPartner,
}

public enum LeerrouteZijde
{
    MBO,
    VO,
}

/// <summary>
/// A DLR/GLR route between one MBO and one VO aanbieder over one stretch of time with one status.
/// Ontbrekend names the side that still has to register (null when gevestigd).
/// </summary>
public sealed record Leerroute(
    string MboAanbiedercode,
    string VoAanbiedercode,
    string Leerroutecode,
    Geldigheid Periode,
    LeerrouteStatus Status,
    LeerrouteZijde? Ontbrekend,
    IReadOnlyList<Guid> MboAangebodenOpleidingen,
    IReadOnlyList<Guid> VoAangebodenOpleidingen)
{
    public string StatusTekst => Status == LeerrouteStatus.Gevestigd ? "gevestigd" : "wacht op partner";

    public string Melding => Ontbrekend switch
    {
        LeerrouteZijde.VO => $"VO-aanbieder {VoAanbiedercode} heeft de {Leerroutecode} met MBO-aanbieder {MboAanbiedercode} nog niet geregistreerd bij een aangeboden opleiding",
        LeerrouteZijde.MBO => $"MBO-aanbieder {MboAanbiedercode} heeft de {Leerroutecode} met VO-aanbieder {VoAanbiedercode} nog niet geregistreerd bij een aangeboden opleiding",
        _ => $"{Leerroutecode} tussen {MboAanbiedercode} en {VoAanbiedercode} is door beide kanten geregistreerd",
    };
}
