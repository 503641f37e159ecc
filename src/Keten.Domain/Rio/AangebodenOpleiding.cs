namespace Keten.Domain.Rio;

public enum AangebodenOpleidingSoort
{
    Mbo,
    VO,
}

public sealed record OpleidingserkenningSleutel(string Opleidingsstelsel, string Opleidingscode);

public sealed record VoVakerkenningSleutel(string Opleidingsstelsel, string Opleidingscode, string Opleidingsniveau);

public sealed record AangebodenOpleidingPeriode(
    DateOnly Begindatum,
    string? EigenNaamAangebodenOpleiding,
    string? EigenNaamInternationaal,
    string? EigenOmschrijving,
    IReadOnlyList<Kenmerk> Kenmerken)
{
    public IEnumerable<string> SamenwerkendeOnderwijsaanbiedercodes =>
        Kenmerken.Where(k => k.Kenmerknaam == Kenmerk.SamenwerkendeOnderwijsaanbiedercode).Select(k => k.Waarde);
}

public sealed record Prijs(string Soort, decimal Bedrag);

/// <summary>A cohort of an MBO offering. ToestemmingVereistVoorAanmelding is DUO's code (ToestemmingAanmeldingscohortVereist-v01: JA, NEE).</summary>
public sealed record AangebodenOpleidingCohort(
    string Cohortcode,
    string Cohortstatus,
    IReadOnlyList<Kenmerk> Kenmerken,
    DateOnly BeginAanmeldperiode,
    DateOnly? Instroommoment,
    DateOnly? BeginInstroomperiode,
    DateOnly? EindeInstroomperiode,
    DateOnly? EindeAanmeldperiode,
    string ToestemmingVereistVoorAanmelding,
    string? ToelichtingVereisteToestemming,
    string? ToegangscodeCohort,
    DateOnly? Einddatum,
    IReadOnlyList<Prijs> Prijzen);

public sealed record AfwijkendeOpleidingsduur(string OpleidingsduurEenheid, int OpleidingsduurOmvang);

/// <summary>
/// An aangeboden opleiding of an MBO or VO onderwijsaanbieder. It refers to exactly one of an
/// opleidingserkenning (CREBO), a VO vakerkenning or an opleidingseenheid. The MBO fields
/// (leertraject, niveau, toelatingseisen, toegankelijkheid) are null for VO.
/// </summary>
public sealed record AangebodenOpleiding(
    Guid AangebodenOpleidingCode,
    AangebodenOpleidingSoort Soort,
    string Onderwijsaanbiedercode,
    string? Onderwijslocatiecode,
    DateOnly Begindatum,
    DateOnly? EersteInstroomDatum,
    DateOnly? Einddatum,
    OpleidingserkenningSleutel? OpleidingserkenningSleutel,
    VoVakerkenningSleutel? VoVakerkenningSleutel,
    string? OpleidingseenheidSleutel,
    IReadOnlyList<AangebodenOpleidingPeriode> Perioden,
    IReadOnlyList<AangebodenOpleidingCohort> Cohorten,
    AfwijkendeOpleidingsduur? AfwijkendeOpleidingsduur,
    IReadOnlyList<Kenmerk> Kenmerken,
    string? LeertrajectMbo,
    string? MboNiveau,
    string? Toelatingseisen,
    string? Toegankelijkheid)
{
    public string? DoorlopendeLeerlijnVmboMbo =>
        Kenmerken.FirstOrDefault(k => k.Kenmerknaam == Kenmerk.DoorlopendeLeerlijnVmboMbo)?.Waarde;

    /// <summary>Each period runs until the next one begins; the last one until the opleiding's einddatum.</summary>
    public IEnumerable<(AangebodenOpleidingPeriode Periode, Gemeenschappelijk.Geldigheid Geldigheid)> PeriodenMetGeldigheid()
    {
        var gesorteerd = Perioden.OrderBy(p => p.Begindatum).ToList();
        for (var i = 0; i < gesorteerd.Count; i++)
        {
            var eind = i + 1 < gesorteerd.Count ? gesorteerd[i + 1].Begindatum : Einddatum;
            yield return (gesorteerd[i], new Gemeenschappelijk.Geldigheid(gesorteerd[i].Begindatum, eind));
        }
    }
}
