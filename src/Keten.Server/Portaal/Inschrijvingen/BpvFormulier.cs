using System.Globalization;
using Keten.Domain.Rod;

namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>
/// One beroepspraktijkvorming row of the MBO enrolment form (PvE record BPV), its inputs named with DUO's field names as
/// the REST JSON and the batch columns write them (<c>bpv1-volgnummer</c>, <c>bpv1-leerbedrijfId</c>, …). Values stay
/// text, so a wrong one is shown back as typed.
/// </summary>
public sealed class BpvFormulier
{
    public string? Volgnummer { get; set; }

    public string? Afsluitdatum { get; set; }

    public string? DatumBegin { get; set; }

    public string? DatumEindeGepland { get; set; }

    public string? DatumEindeWerkelijk { get; set; }

    public string? LeerbedrijfId { get; set; }

    public string? OmvangUren { get; set; }

    public string? Opleidingcode { get; set; }

    public bool IsLeeg => new[] { Volgnummer, Afsluitdatum, DatumBegin, DatumEindeGepland, DatumEindeWerkelijk, LeerbedrijfId, OmvangUren, Opleidingcode }
        .All(string.IsNullOrWhiteSpace);

    public static string Naam(int nummer, string veld) => $"bpv{nummer}-{veld}";

    public static BpvFormulier Van(Bpv bpv)
    {
        ArgumentNullException.ThrowIfNull(bpv);
        return new BpvFormulier
        {
            Volgnummer = bpv.Volgnummer,
            Afsluitdatum = Inschrijvingsopmaak.Veld(bpv.Afsluitdatum),
            DatumBegin = Inschrijvingsopmaak.Veld(bpv.DatumBegin),
            DatumEindeGepland = Inschrijvingsopmaak.Veld(bpv.DatumEindeGepland),
            DatumEindeWerkelijk = Inschrijvingsopmaak.Veld(bpv.DatumEindeWerkelijk),
            LeerbedrijfId = bpv.LeerbedrijfId,
            OmvangUren = bpv.OmvangUren?.ToString(CultureInfo.InvariantCulture),
            Opleidingcode = bpv.Opleidingcode,
        };
    }

    /// <summary>The filled BPV rows of a posted form, in order; empty rows are left out.</summary>
    public static List<BpvFormulier> LeesAlle(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rijen = new List<BpvFormulier>();
        for (var nummer = 1; form.ContainsKey(Naam(nummer, "volgnummer")); nummer++)
        {
            string? Veld(string naam) => InschrijvingFormulier.Tekst(form, Naam(nummer, naam));
            rijen.Add(new BpvFormulier
            {
                Volgnummer = Veld("volgnummer"),
                Afsluitdatum = Veld("afsluitdatum"),
                DatumBegin = Veld("datumBegin"),
                DatumEindeGepland = Veld("datumEindeGepland"),
                DatumEindeWerkelijk = Veld("datumEindeWerkelijk"),
                LeerbedrijfId = Veld("leerbedrijfId"),
                OmvangUren = Veld("omvangUren"),
                Opleidingcode = Veld("opleidingcode"),
            });
        }

        rijen.RemoveAll(b => b.IsLeeg);
        return rijen;
    }

    /// <summary>The BPV this row describes, or null with a KTN400 in <paramref name="fouten"/> for each field it cannot read.</summary>
    public Bpv? NaarBpv(int nummer, List<Veldfout> fouten)
    {
        ArgumentNullException.ThrowIfNull(fouten);
        var afsluitdatum = VerplichteDatum(nummer, "afsluitdatum", Afsluitdatum, "afsluitdatum", fouten);
        var begin = VerplichteDatum(nummer, "datumBegin", DatumBegin, "datum begin", fouten);
        var gepland = VerplichteDatum(nummer, "datumEindeGepland", DatumEindeGepland, "geplande einddatum", fouten);
        var werkelijk = Inschrijvingsopmaak.LeesDatum(DatumEindeWerkelijk);
        if (werkelijk is null && !string.IsNullOrWhiteSpace(DatumEindeWerkelijk))
        {
            fouten.Add(Inschrijvingsopmaak.Ongeldig(Naam(nummer, "datumEindeWerkelijk"), $"Vul de werkelijke einddatum van BPV {nummer} in als datum (jjjj-mm-dd) of laat het veld leeg"));
        }

        var omvang = Inschrijvingsopmaak.LeesGetal(OmvangUren, NumberStyles.AllowLeadingSign, Naam(nummer, "omvangUren"),
            $"De omvang van BPV {nummer} is een aantal uren (een geheel getal) of leeg", fouten);

        if (string.IsNullOrWhiteSpace(Opleidingcode))
        {
            fouten.Add(Inschrijvingsopmaak.Ongeldig(Naam(nummer, "opleidingcode"), $"Vul de opleiding (CREBO-code) van BPV {nummer} in"));
        }

        var leesbaar = afsluitdatum is not null && begin is not null && gepland is not null
            && (werkelijk is not null || string.IsNullOrWhiteSpace(DatumEindeWerkelijk))
            && (omvang is not null || string.IsNullOrWhiteSpace(OmvangUren)) && !string.IsNullOrWhiteSpace(Opleidingcode);
        return leesbaar
            ? new Bpv(Volgnummer ?? "", afsluitdatum!.Value, begin!.Value, gepland!.Value, werkelijk, LeerbedrijfId ?? "", omvang, Opleidingcode!)
            : null;
    }

    private static DateOnly? VerplichteDatum(int nummer, string veld, string? waarde, string omschrijving, List<Veldfout> fouten)
    {
        var datum = Inschrijvingsopmaak.LeesDatum(waarde);
        if (datum is null)
        {
            fouten.Add(Inschrijvingsopmaak.Ongeldig(Naam(nummer, veld), $"Vul de {omschrijving} van BPV {nummer} in als datum (jjjj-mm-dd)"));
        }

        return datum;
    }
}
