namespace Keten.Domain.Rod.Ketensignalen;

/// <summary>The chain signals between the schools of a leerroute (prefix KS), listed in docs/rod-codes.md.</summary>
public static class Ketensignaalcodes
{
    /// <summary>The VO enrolment says leerroute in fase MBO; the pupil has no MBO enrolment on that day.</summary>
    public const string MboInschrijvingOntbreekt = "KS001";

    /// <summary>The VO and the MBO enrolment name a different fase on the same day.</summary>
    public const string FaseVerschilt = "KS002";

    /// <summary>The VO and the MBO enrolment name a different leerroute (or only one names one).</summary>
    public const string LeerrouteVerschilt = "KS003";

    /// <summary>An enrolment names a leerroute that RIO does not have gevestigd for its aanbieder (any more).</summary>
    public const string NietGevestigdInRio = "KS004";

    /// <summary>In fase MBO and still enrolled at the VO school: allowed while the vmbo diploma is pending; funded once, by the fase.</summary>
    public const string FaseMboNogIngeschrevenVo = "KS005";

    /// <summary>The MBO enrolment says leerroute in fase VO; the pupil has no VO enrolment on that day.</summary>
    public const string VoInschrijvingOntbreekt = "KS006";

    public static string Tekst(string code) => code switch
    {
        MboInschrijvingOntbreekt => "De VO-school meldt de leerroute in fase MBO, maar de leerling heeft geen MBO-inschrijving",
        FaseVerschilt => "De VO-inschrijving en de MBO-inschrijving noemen een andere fase van de leerroute",
        LeerrouteVerschilt => "De VO-inschrijving en de MBO-inschrijving noemen een andere leerroute",
        NietGevestigdInRio => "De inschrijving noemt een leerroute die in RIO niet (meer) gevestigd is voor deze onderwijsaanbieder",
        FaseMboNogIngeschrevenVo => "De leerling is in fase MBO en nog ingeschreven bij de VO-school: toegestaan zolang het vmbo-diploma ontbreekt; alleen de fase bepaalt de bekostiging",
        VoInschrijvingOntbreekt => "De MBO-instelling meldt de leerroute in fase VO, maar de leerling heeft geen VO-inschrijving",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "geen ketensignaal"),
    };

    public static IReadOnlyList<string> Alle { get; } =
        [MboInschrijvingOntbreekt, FaseVerschilt, LeerrouteVerschilt, NietGevestigdInRio, FaseMboNogIngeschrevenVo, VoInschrijvingOntbreekt];
}
