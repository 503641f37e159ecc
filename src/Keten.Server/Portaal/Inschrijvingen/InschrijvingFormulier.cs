using System.Globalization;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;

namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>
/// The form of a new or changed enrolment (toevoegen, aanpassen) as the person filled it in: the main fields, a row
/// per inschrijvingsperiode, per BPV and (aanpassen) per diploma (empty rows are left out). Values stay text, so a wrong
/// one is shown back as typed.
/// </summary>
public sealed class InschrijvingFormulier
{
    /// <summary>Empty period rows offered beyond the filled ones.</summary>
    public const int ExtraPerioden = 2;

    /// <summary>Empty BPV and diploma rows offered beyond the filled ones.</summary>
    public const int ExtraResultaten = 1;

    public string Sector { get; set; } = "MBO";

    public string? Brin { get; set; }

    public string Persoonsnummersoort { get; set; } = "bsn";

    public string? Persoonsnummer { get; set; }

    public string? Inschrijvingvolgnummer { get; set; }

    public string? DatumInschrijving { get; set; }

    public string? DatumUitschrijvingGepland { get; set; }

    public string? HoogsteVooropleiding { get; set; }

    public List<PeriodeFormulier> Perioden { get; } = [];

    public List<BpvFormulier> Bpvs { get; } = [];

    public List<DiplomaFormulier> Diplomas { get; } = [];

    /// <summary>The form shows BPV rows (an MBO enrolment, or a new one whose sector is chosen on the form); else the stored BPVs are kept.</summary>
    public bool MetBpvs { get; private set; }

    /// <summary>The form shows diploma rows (aanpassen of an MBO enrolment); else the stored diplomas are kept.</summary>
    public bool MetDiplomas { get; private set; }

    /// <summary>DUO's field names as the handler's sleutelgegevens name them → the input that holds them.</summary>
    public static IReadOnlyDictionary<string, string> Veldnamen { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["sector"] = "sector", ["brin"] = "brin", ["burgerservicenummer"] = "persoonsnummer", ["onderwijsnummer"] = "persoonsnummer",
        ["persoon"] = "persoonsnummer", ["inschrijvingvolgnummer"] = "inschrijvingvolgnummer", ["datumInschrijving"] = "datumInschrijving",
        ["datumUitschrijvingGepland"] = "datumUitschrijvingGepland", ["hoogsteVooropleiding"] = "hoogsteVooropleiding",
        ["inschrijvingsperiode"] = "periode1-datumBegin", ["datumBegin"] = "periode1-datumBegin", ["opleidingcode"] = "periode1-opleidingcode",
        ["niveau"] = "periode1-niveau", ["leertraject"] = "periode1-leertraject", ["leerjaar"] = "periode1-leerjaar",
        ["vestiging"] = "periode1-vestiging", ["onderwijsaanbiedercode"] = "periode1-onderwijsaanbiedercode", ["leerroute"] = "periode1-leerroute",
        ["leerroutefase"] = "periode1-leerroutefase", ["samenwerkendeOnderwijsaanbiedercode"] = "periode1-samenwerkendeOnderwijsaanbiedercode",
    };

    public static InschrijvingFormulier Leeg(string? brin)
    {
        var formulier = new InschrijvingFormulier { Brin = brin, MetBpvs = true };
        formulier.Aanvullen();
        return formulier;
    }

    public static InschrijvingFormulier Van(Inschrijving inschrijving)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        var formulier = new InschrijvingFormulier
        {
            Sector = inschrijving.Sector.ToString(),
            Brin = inschrijving.Brin,
            Persoonsnummersoort = Inschrijvingsopmaak.Soort(inschrijving.Persoon),
            Persoonsnummer = inschrijving.Persoon.Waarde,
            Inschrijvingvolgnummer = inschrijving.Inschrijvingvolgnummer,
            DatumInschrijving = Inschrijvingsopmaak.Veld(inschrijving.DatumInschrijving),
            DatumUitschrijvingGepland = Inschrijvingsopmaak.Veld(inschrijving.DatumUitschrijvingGepland),
            HoogsteVooropleiding = inschrijving.HoogsteVooropleiding,
            MetBpvs = inschrijving.Sector == Domain.Referentie.Sector.MBO || inschrijving.Bpvs.Count > 0,
            MetDiplomas = inschrijving.Sector == Domain.Referentie.Sector.MBO || inschrijving.Diplomas.Count > 0,
        };
        formulier.Perioden.AddRange(inschrijving.Perioden.Select(PeriodeFormulier.Van));
        formulier.Bpvs.AddRange(inschrijving.Bpvs.Select(BpvFormulier.Van));
        formulier.Diplomas.AddRange(inschrijving.Diplomas.Select(DiplomaFormulier.Van));
        formulier.Aanvullen();
        return formulier;
    }

    public static InschrijvingFormulier Lees(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var formulier = new InschrijvingFormulier
        {
            Sector = Tekst(form, "sector") ?? "MBO",
            Brin = Tekst(form, "brin"),
            Persoonsnummersoort = Tekst(form, "persoonsnummersoort") ?? "bsn",
            Persoonsnummer = Tekst(form, "persoonsnummer"),
            Inschrijvingvolgnummer = Tekst(form, "inschrijvingvolgnummer"),
            DatumInschrijving = Tekst(form, "datumInschrijving"),
            DatumUitschrijvingGepland = Tekst(form, "datumUitschrijvingGepland"),
            HoogsteVooropleiding = Tekst(form, "hoogsteVooropleiding"),
            MetBpvs = form.ContainsKey(BpvFormulier.Naam(1, "volgnummer")),
            MetDiplomas = DiplomaFormulier.InFormulier(form),
        };
        for (var nummer = 1; form.ContainsKey(PeriodeFormulier.Naam(nummer, "datumBegin")); nummer++)
        {
            formulier.Perioden.Add(PeriodeFormulier.Lees(form, nummer));
        }

        formulier.Perioden.RemoveAll(p => p.IsLeeg);
        formulier.Bpvs.AddRange(BpvFormulier.LeesAlle(form));
        formulier.Diplomas.AddRange(DiplomaFormulier.LeesAlle(form));
        formulier.Aanvullen();
        return formulier;
    }

    /// <summary>
    /// The enrolment this form describes, keeping what the form does not edit (the werkelijke uitschrijving, reden uitstroom,
    /// and the BPVs or diplomas when the form does not show them) from <paramref name="huidig"/>; or the fields that could
    /// not be read, each with KTN400.
    /// </summary>
    public (Inschrijving? Inschrijving, IReadOnlyList<Veldfout> Fouten) NaarInschrijving(Inschrijving? huidig)
    {
        var fouten = new List<Veldfout>();
        var sector = Enum.TryParse<Sector>(Sector, out var s) && s is Domain.Referentie.Sector.MBO or Domain.Referentie.Sector.VO ? s : Domain.Referentie.Sector.MBO;
        var inschrijving = Inschrijvingsopmaak.LeesDatum(DatumInschrijving);
        if (inschrijving is null)
        {
            fouten.Add(Inschrijvingsopmaak.Ongeldig("datumInschrijving", "Vul de datum inschrijving in als datum (jjjj-mm-dd)"));
        }

        var gepland = Inschrijvingsopmaak.LeesDatum(DatumUitschrijvingGepland);
        if (gepland is null && !string.IsNullOrWhiteSpace(DatumUitschrijvingGepland))
        {
            fouten.Add(Inschrijvingsopmaak.Ongeldig("datumUitschrijvingGepland", "Vul de geplande datum uitschrijving in als datum (jjjj-mm-dd) of laat het veld leeg"));
        }

        var perioden = Perioden.Select((p, i) => p.IsLeeg ? null : p.NaarPeriode(i + 1, fouten)).OfType<Inschrijvingsperiode>().ToList();
        IReadOnlyList<Bpv> bpvs = MetBpvs
            ? [.. Bpvs.Select((b, i) => b.IsLeeg ? null : b.NaarBpv(i + 1, fouten)).OfType<Bpv>()]
            : huidig?.Bpvs ?? [];
        IReadOnlyList<Diploma> diplomas = MetDiplomas ? DiplomaFormulier.NaarDiplomas(Diplomas, fouten) : huidig?.Diplomas ?? [];
        if (fouten.Count > 0)
        {
            return (null, fouten);
        }

        return (new Inschrijving(sector, Brin ?? "", Inschrijvingsopmaak.Persoon(Persoonsnummersoort, Persoonsnummer), Inschrijvingvolgnummer ?? "",
            inschrijving!.Value, gepland, huidig?.DatumUitschrijvingWerkelijk, HoogsteVooropleiding, huidig?.RedenUitstroom,
            [.. perioden.OrderBy(p => p.DatumBegin)], bpvs, diplomas), []);
    }

    /// <summary>A handler's refusal on this form: a BPV's or diploma's own input when it is about one, else through <see cref="Veldnamen"/>.</summary>
    public Veldfout VeldfoutVan(Foutmelding fout, string standaardVeld)
    {
        ArgumentNullException.ThrowIfNull(fout);
        return Resultaatvelden.Veld(fout, Bpvs, Diplomas) is { } veld
            ? new Veldfout(veld, fout.Foutcode, fout.Fouttekst)
            : Inschrijvingsopmaak.Veldfout(fout, Veldnamen, standaardVeld);
    }

    private void Aanvullen()
    {
        var doel = Perioden.Count + ExtraPerioden;
        while (Perioden.Count < doel)
        {
            Perioden.Add(new PeriodeFormulier { Bekostigbaar = true });
        }

        if (MetBpvs)
        {
            Bpvs.AddRange(Enumerable.Range(0, ExtraResultaten).Select(_ => new BpvFormulier()));
        }

        if (MetDiplomas)
        {
            Diplomas.AddRange(Enumerable.Range(0, ExtraResultaten).Select(_ => new DiplomaFormulier()));
        }
    }

    internal static string? Tekst(IFormCollection form, string naam) =>
        form.TryGetValue(naam, out var waarde) && !string.IsNullOrWhiteSpace(waarde.ToString()) ? waarde.ToString().Trim() : null;
}

/// <summary>One inschrijvingsperiode row of <see cref="InschrijvingFormulier"/>.</summary>
public sealed class PeriodeFormulier
{
    public string? DatumBegin { get; set; }

    public string? Opleidingcode { get; set; }

    public string? Niveau { get; set; }

    public bool Bekostigbaar { get; set; }

    public string? Onderwijsaanbiedercode { get; set; }

    public string? Leertraject { get; set; }

    public string? Leerjaar { get; set; }

    public string? Vestiging { get; set; }

    public string? Leerroute { get; set; }

    public string? Leerroutefase { get; set; }

    public string? SamenwerkendeOnderwijsaanbiedercode { get; set; }

    /// <summary>What the form does not show, kept from the delivered period.</summary>
    public Inschrijvingsperiode? Bewaard { get; set; }

    public bool IsLeeg => new[] { DatumBegin, Opleidingcode, Niveau, Onderwijsaanbiedercode, Leertraject, Leerjaar, Vestiging, Leerroute, Leerroutefase, SamenwerkendeOnderwijsaanbiedercode }
        .All(string.IsNullOrWhiteSpace);

    public static string Naam(int nummer, string veld) => $"periode{nummer}-{veld}";

    public static PeriodeFormulier Van(Inschrijvingsperiode p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PeriodeFormulier
        {
            DatumBegin = Inschrijvingsopmaak.Veld(p.DatumBegin),
            Opleidingcode = p.Opleidingcode,
            Niveau = p.Niveau,
            Bekostigbaar = p.IndicatieBekostigbaar,
            Onderwijsaanbiedercode = p.Onderwijsaanbiedercode,
            Leertraject = p.Leertraject,
            Leerjaar = p.Leerjaar?.ToString(CultureInfo.InvariantCulture),
            Vestiging = p.Vestiging,
            Leerroute = p.Leerroute?.ToString(),
            Leerroutefase = p.Leerroutefase?.ToString(),
            SamenwerkendeOnderwijsaanbiedercode = p.SamenwerkendeOnderwijsaanbiedercode,
            Bewaard = p,
        };
    }

    public static PeriodeFormulier Lees(IFormCollection form, int nummer)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Veld(string naam) => InschrijvingFormulier.Tekst(form, Naam(nummer, naam));
        return new PeriodeFormulier
        {
            DatumBegin = Veld("datumBegin"),
            Opleidingcode = Veld("opleidingcode"),
            Niveau = Veld("niveau"),
            Bekostigbaar = Veld("bekostigbaar") is not null,
            Onderwijsaanbiedercode = Veld("onderwijsaanbiedercode"),
            Leertraject = Veld("leertraject"),
            Leerjaar = Veld("leerjaar"),
            Vestiging = Veld("vestiging"),
            Leerroute = Veld("leerroute"),
            Leerroutefase = Veld("leerroutefase"),
            SamenwerkendeOnderwijsaanbiedercode = Veld("samenwerkendeOnderwijsaanbiedercode"),
        };
    }

    public Inschrijvingsperiode? NaarPeriode(int nummer, List<Veldfout> fouten)
    {
        ArgumentNullException.ThrowIfNull(fouten);
        var begin = Inschrijvingsopmaak.LeesDatum(DatumBegin);
        if (begin is null)
        {
            fouten.Add(Inschrijvingsopmaak.Ongeldig(Naam(nummer, "datumBegin"), $"Vul de datum begin van periode {nummer} in als datum (jjjj-mm-dd)"));
        }

        var leerjaar = Inschrijvingsopmaak.LeesGetal(Leerjaar, NumberStyles.None, Naam(nummer, "leerjaar"), $"Het leerjaar van periode {nummer} is een getal", fouten);

        if (begin is null)
        {
            return null;
        }

        return new Inschrijvingsperiode(begin.Value, Opleidingcode ?? "", Niveau, Bekostigbaar, Onderwijsaanbiedercode ?? "", Leertraject, leerjaar, Vestiging,
            Bewaard?.Onderwijslocatiecode, Bewaard?.LocatiecodeVsv, Bewaard?.AangebodenOpleidingCode,
            Enum.TryParse<Leerroutesoort>(Leerroute, out var route) ? route : null,
            Enum.TryParse<Leerroutefase>(Leerroutefase, out var fase) ? fase : null,
            SamenwerkendeOnderwijsaanbiedercode);
    }
}
