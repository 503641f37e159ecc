using Keten.Domain.Bekostiging;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod.Ketensignalen;
using Keten.Domain.Verzuim;

namespace Keten.Domain.Rod;

/// <summary>
/// The answer to an enrolment mutation, as every door renders it: approved or not with every foutmelding, the signals,
/// the preliminary funding status, the enrolment's stable id, the pupil's open chain signals this sender may see, and who
/// reports verzuim and VSV for the pupil after the mutation (docs/rod.md, "Who reports").
/// </summary>
public sealed record InschrijvingTerugkoppeling(
    bool LeveringGoedgekeurd,
    IReadOnlyList<Foutmelding> Foutmeldingen,
    IReadOnlyList<Signaal> Signalen,
    VoorlopigeBekostiging? VoorlopigeBekostiging,
    string? InschrijvingId,
    IReadOnlyList<KetensignaalMelding> Ketensignalen,
    VerantwoordelijkheidAntwoord? Verantwoordelijkheid = null)
{
    public static InschrijvingTerugkoppeling Afgekeurd(params Foutmelding[] fouten) => new(false, fouten, [], null, null, []);
}

/// <summary>A chain signal as a school sees it: no person number, the enrolments of both sides by BRIN and volgnummer.</summary>
public sealed record KetensignaalMelding(string Code, string Tekst, DateOnly Begindatum, DateOnly? Einddatum,
    string? VoBrin, string? VoInschrijvingvolgnummer, string? MboBrin, string? MboInschrijvingvolgnummer)
{
    public static KetensignaalMelding Van(Ketensignaal s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Code, s.Tekst, s.Periode.Begindatum, s.Periode.Einddatum, s.VoInschrijving?.Brin, s.VoInschrijving?.Inschrijvingvolgnummer,
            s.MboInschrijving?.Brin, s.MboInschrijving?.Inschrijvingvolgnummer);
    }
}
