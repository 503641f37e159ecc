using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Domain.Bekostiging;

/// <summary>
/// The funding bases of one instelling for one funding year: the content of DUO's TBG-i (PvE MBO-instelling bijlage 8,
/// `Bekostigingsgrondslagen`), for VO in the same shape with its one teldatum.
/// </summary>
public sealed record Tbgi(
    Sector Sector,
    string Brin,
    int Bekostigingsjaar,
    DateOnly Aanmaakdatum,
    IReadOnlyList<TbgiInschrijving> Inschrijvingen,
    IReadOnlyList<TbgiDiploma> Diplomas)
{
    /// <summary>DUO's file name: TBGI_99XX_SSSS_EEJJMMDD.XML (BRIN, bekostigingsjaar, date made).</summary>
    public string Bestandsnaam => $"TBGI_{Brin}_{Bekostigingsjaar:D4}_{Aanmaakdatum:yyyyMMdd}.XML";
}

/// <summary>The funding bases of one enrolment of a student (group `Inschrijving`); no teldata means not funded.</summary>
public sealed record TbgiInschrijving(
    Sector Sector,
    string Brin,
    Persoonsnummer Persoon,
    string Inschrijvingvolgnummer,
    DateOnly DatumInschrijving,
    DateOnly? DatumUitschrijvingGepland,
    DateOnly? DatumUitschrijvingWerkelijk,
    string? NiveauHoogstBekostigdeDiploma,
    IReadOnlyList<TbgiTeldatum> Teldata,
    IReadOnlyList<Bpv> BekostigingsrelevanteBpvs,
    IReadOnlyList<TbgiSignaal> Signalen);

/// <summary>
/// One teldatum of an enrolment (group `Teldatum`) with DUO's fields, plus the sector that funds the student through
/// this enrolment on that day and the code of the rule that decided it (Keten's, listed in docs/).
/// </summary>
public sealed record TbgiTeldatum(
    DateOnly Teldatum,
    DateTimeOffset DatumTijdBepaling,
    Statusbepaling Status,
    int? LeeftijdOpEenAugustusStudiejaar,
    string Opleidingcode,
    string? Niveau,
    string? Leertraject,
    Leerroutefase? Leerroutefase,
    bool IndicatieBekostigbaar,
    bool Bekostigingsstatus,
    bool InschrijvingVoorCorrectiefactor,
    decimal? BblBolFactor,
    decimal? PrijsfactorMbo,
    decimal? BijdrageInschrijvingAanDeelnemerswaarde,
    Bekostigingssector Sector,
    string Redencode)
{
    /// <summary>The BPVs that made a BBL enrolment count on this teldatum (group `BekostigingsrelevanteBPV` under `Teldatum`).</summary>
    public IReadOnlyList<TbgiBpv> BekostigingsrelevanteBpvs { get; init; } = [];

    /// <summary>The signals of this teldatum's decision, the one of <see cref="Redencode"/> first (group `Signaal` under `Teldatum`).</summary>
    public IReadOnlyList<TbgiSignaal> Signalen { get; init; } = [];
}

/// <summary>A BPV that meets the funding condition, with the volgnummer of the enrolment it is registered on (which may be another of the student's enrolments at the instelling).</summary>
public sealed record TbgiBpv(string Inschrijvingvolgnummer, Bpv Bpv);

/// <summary>A signal of the decision (group `Signaal`: Signaalvolgnummer AN1..2, Signaalcode AN1..3, Signaalomschrijving AN1..255).</summary>
public sealed record TbgiSignaal(string Signaalvolgnummer, string Signaalcode, string Signaalomschrijving, IReadOnlyList<TbgiParameter> Parameters);

/// <summary>A parameter of a signal (group `Parameter`: volgnummer AN1..2, naam AN1..50, waarde AN1..80).</summary>
public sealed record TbgiParameter(string Parametervolgnummer, string Parameternaam, string Parameterwaarde);

/// <summary>A diploma of calendar year T-2 with its funding (group `Diploma`).</summary>
public sealed record TbgiDiploma(
    string Brin,
    Persoonsnummer Persoon,
    string Resultaatvolgnummer,
    string Opleidingcode,
    string Inschrijvingvolgnummer,
    DateOnly DatumBehaald,
    string? Niveau,
    bool IndicatieSpecialistendiploma,
    string? NiveauHoogstBekostigdeDiploma,
    bool IndicatieHoogstBekostigdeDiplomaIsSpecialist,
    DateTimeOffset DatumTijdBepaling,
    Statusbepaling Status,
    bool Bekostigingsstatus,
    decimal? BijdrageDiplomawaarde,
    string Redencode,
    IReadOnlyList<TbgiSignaal> Signalen);

/// <summary>What one student contributes to the TBG-i files of a funding year: lines for each instelling concerned.</summary>
public sealed record Studentbekostiging(IReadOnlyList<TbgiInschrijving> Inschrijvingen, IReadOnlyList<TbgiDiploma> Diplomas);
