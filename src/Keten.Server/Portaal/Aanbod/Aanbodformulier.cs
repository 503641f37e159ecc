using System.Globalization;
using Keten.Contract.Rio;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;

namespace Keten.Server.Portaal.Aanbod;

/// <summary>
/// The form of one aangeboden opleiding: its main fields and those of its current period (the one that edits; other
/// periods and the cohorts stay as stored). Input names are DUO's sleutelnamen, so a refusal finds its field. It only
/// turns the form into the message the handler judges: every rule is the handler's.
/// </summary>
public sealed class Aanbodformulier
{
    public const string Vo = "vo";
    public const string Mbo = "mbo";

    /// <summary>The separator of a VO vakerkenning's three parts in the opleiding's select value.</summary>
    public const char Deelscheiding = '/';

    public Guid AangebodenOpleidingCode { get; set; }

    public string Soort { get; set; } = Mbo;

    public string? Onderwijsaanbiedercode { get; set; }

    public string? Onderwijslocatiecode { get; set; }

    /// <summary>The CREBO code (MBO) or stelsel/code/niveau of the VO vakerkenning.</summary>
    public string? Opleidingscode { get; set; }

    public string? Begindatum { get; set; }

    public string? EersteInstroomDatum { get; set; }

    public string? Einddatum { get; set; }

    public string? EigenNaamAangebodenOpleiding { get; set; }

    public string? EigenOmschrijving { get; set; }

    public string? LeertrajectMbo { get; set; }

    public string? MboNiveau { get; set; }

    public string? Toelatingseisen { get; set; }

    public string? Toegankelijkheid { get; set; }

    public string? DoorlopendeLeerlijnVmboMbo { get; set; }

    /// <summary>The partner aanbieders of the current period, separated by commas or spaces.</summary>
    public string? SamenwerkendeOnderwijsaanbiedercode { get; set; }

    public bool IsVo => Soort == Vo;

    /// <summary>The input names, DUO's sleutelnamen (leertrajectMBO as its foutmelding names it).</summary>
    public static IReadOnlyList<string> Velden { get; } =
    [
        "onderwijsaanbiedercode", "onderwijslocatiecode", "opleidingscode", "begindatum", "eersteInstroomDatum", "einddatum",
        "eigenNaamAangebodenOpleiding", "eigenOmschrijving", "leertrajectMBO", "mboNiveau", "toelatingseisen", "toegankelijkheid",
        "doorlopendeLeerlijnVmboMbo", "samenwerkendeOnderwijsaanbiedercode",
    ];

    /// <summary>The field of a foutmelding whose sleutelgegeven is the offering as a whole.</summary>
    private static readonly Dictionary<string, string> VeldVanCode = new(StringComparer.Ordinal)
    {
        ["N09010"] = "einddatum",
        ["N09090"] = "eersteInstroomDatum",
        ["N10050"] = "begindatum",
    };

    public static Veldfout Fout(Foutmelding fout)
    {
        ArgumentNullException.ThrowIfNull(fout);
        return VeldVanCode.TryGetValue(fout.Foutcode, out var veld)
            ? new Veldfout(veld, fout.Foutcode, fout.Fouttekst)
            : Veldfout.Van(fout, [.. Velden], "onderwijsaanbiedercode");
    }

    /// <summary>
    /// A field DUO's XSD refuses (<see cref="XsdControle"/>, ADR 0026), with REST's KTN400 text: on the input that fills its
    /// JSON path (<c>$.perioden[0].eigenNaamAangebodenOpleiding</c> → eigenNaamAangebodenOpleiding), else on the first.
    /// </summary>
    public static Veldfout Fout(OngeldigVeld fout)
    {
        ArgumentNullException.ThrowIfNull(fout);
        string[] pad = [.. fout.Veld.Split('.').Skip(1).Select(deel => deel.Split('[')[0])];
        var veld = pad switch
        {
            ["perioden", "kenmerken", ..] => "samenwerkendeOnderwijsaanbiedercode",
            ["kenmerken", ..] => "doorlopendeLeerlijnVmboMbo",
            ["opleidingserkenningSleutel" or "voVakerkenningSleutel", ..] => "opleidingscode",
            ["leertrajectMbo"] => "leertrajectMBO",
            [.., var laatste] when Velden.Contains(laatste) => laatste,
            _ => "onderwijsaanbiedercode",
        };
        return new Veldfout(veld, Foutcodes.KTN400(fout.Veld, fout.Melding).Foutcode, Foutcodes.KTN400Tekst(fout.Veld, fout.Melding));
    }

    public static Aanbodformulier Nieuw(string? soort, string? aanbieder) => new()
    {
        AangebodenOpleidingCode = Guid.NewGuid(),
        Soort = soort == Vo ? Vo : Mbo,
        Onderwijsaanbiedercode = aanbieder,
        LeertrajectMbo = soort == Vo ? null : "BOL",
        Toelatingseisen = soort == Vo ? null : "NEE",
        Toegankelijkheid = soort == Vo ? null : "ALL",
    };

    public static Aanbodformulier Van(AangebodenOpleiding ao)
    {
        ArgumentNullException.ThrowIfNull(ao);
        var periode = ao.Perioden.MaxBy(p => p.Begindatum);
        return new Aanbodformulier
        {
            AangebodenOpleidingCode = ao.AangebodenOpleidingCode,
            Soort = ao.Soort == AangebodenOpleidingSoort.VO ? Vo : Mbo,
            Onderwijsaanbiedercode = ao.Onderwijsaanbiedercode,
            Onderwijslocatiecode = ao.Onderwijslocatiecode,
            Opleidingscode = ao.OpleidingserkenningSleutel?.Opleidingscode
                ?? (ao.VoVakerkenningSleutel is { } v ? string.Join(Deelscheiding, v.Opleidingsstelsel, v.Opleidingscode, v.Opleidingsniveau) : null),
            Begindatum = Iso(ao.Begindatum),
            EersteInstroomDatum = ao.EersteInstroomDatum is { } instroom ? Iso(instroom) : null,
            Einddatum = ao.Einddatum is { } eind ? Iso(eind) : null,
            EigenNaamAangebodenOpleiding = periode?.EigenNaamAangebodenOpleiding,
            EigenOmschrijving = periode?.EigenOmschrijving,
            LeertrajectMbo = ao.LeertrajectMbo,
            MboNiveau = ao.MboNiveau,
            Toelatingseisen = ao.Toelatingseisen,
            Toegankelijkheid = ao.Toegankelijkheid,
            DoorlopendeLeerlijnVmboMbo = ao.DoorlopendeLeerlijnVmboMbo,
            SamenwerkendeOnderwijsaanbiedercode = periode is null ? null : string.Join(", ", periode.SamenwerkendeOnderwijsaanbiedercodes),
        };
    }

    /// <summary>
    /// The full state to deliver: the stored offering (null for a new one) with the form's fields; the earliest period
    /// begins with the offering, the latest takes the names and partners. A value the form cannot read (a date, a missing
    /// choice) is refused as a contract error (KTN400), as REST refuses a malformed body.
    /// </summary>
    public (AangebodenOpleiding? Opleiding, IReadOnlyList<Veldfout> Fouten) NaarOpleiding(AangebodenOpleiding? bestaand)
    {
        var fouten = new List<Veldfout>();
        var begin = Datum("begindatum", Begindatum, verplicht: true, fouten);
        var instroom = Datum("eersteInstroomDatum", EersteInstroomDatum, verplicht: false, fouten);
        var eind = Datum("einddatum", Einddatum, verplicht: false, fouten);
        if (string.IsNullOrWhiteSpace(Opleidingscode) && bestaand is null)
        {
            fouten.Add(Contractfout("opleidingscode", IsVo ? "kies een VO-vakerkenning" : "kies een opleiding (CREBO)"));
        }

        var vak = IsVo ? Vakerkenning(Opleidingscode) : null;
        if (IsVo && !string.IsNullOrWhiteSpace(Opleidingscode) && vak is null)
        {
            fouten.Add(Contractfout("opleidingscode", "een VO-vakerkenning is stelsel/code/niveau"));
        }

        if (fouten.Count > 0 || begin is not { } begindatum)
        {
            return (null, fouten);
        }

        var soort = IsVo ? AangebodenOpleidingSoort.VO : AangebodenOpleidingSoort.Mbo;
        var perioden = (bestaand?.Perioden ?? []).OrderBy(p => p.Begindatum).ToList();
        if (perioden.Count == 0)
        {
            perioden.Add(new AangebodenOpleidingPeriode(begindatum, null, null, null, []));
        }

        perioden[0] = perioden[0] with { Begindatum = begindatum };
        var laatste = perioden[^1];
        perioden[^1] = laatste with
        {
            EigenNaamAangebodenOpleiding = Leeg(EigenNaamAangebodenOpleiding),
            EigenOmschrijving = Leeg(EigenOmschrijving),
            Kenmerken = [.. laatste.Kenmerken.Where(k => k.Kenmerknaam != Kenmerk.SamenwerkendeOnderwijsaanbiedercode),
                .. Partners().Select(p => new Kenmerk(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, p))],
        };

        var kenmerken = (bestaand?.Kenmerken ?? []).Where(k => k.Kenmerknaam != Kenmerk.DoorlopendeLeerlijnVmboMbo).ToList();
        if (Leeg(DoorlopendeLeerlijnVmboMbo) is { } leerroute)
        {
            kenmerken.Add(new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, leerroute));
        }

        var basis = bestaand ?? new AangebodenOpleiding(AangebodenOpleidingCode, soort, "", null, begindatum, null, null, null, null, null, [], [], null, [], null, null, null, null);
        var opleiding = Leeg(Opleidingscode);
        return (basis with
        {
            Onderwijsaanbiedercode = Leeg(Onderwijsaanbiedercode) ?? "",
            Onderwijslocatiecode = Leeg(Onderwijslocatiecode),
            Begindatum = begindatum,
            EersteInstroomDatum = instroom,
            Einddatum = eind,
            OpleidingserkenningSleutel = IsVo ? null : opleiding is null ? basis.OpleidingserkenningSleutel : new OpleidingserkenningSleutel("CREBO", opleiding),
            VoVakerkenningSleutel = IsVo ? vak ?? basis.VoVakerkenningSleutel : null,
            Perioden = perioden,
            Kenmerken = kenmerken,
            LeertrajectMbo = IsVo ? null : Leeg(LeertrajectMbo),
            MboNiveau = IsVo ? null : Leeg(MboNiveau),
            Toelatingseisen = IsVo ? null : Leeg(Toelatingseisen),
            Toegankelijkheid = IsVo ? null : Leeg(Toegankelijkheid),
        }, []);
    }

    public IEnumerable<string> Partners() =>
        (SamenwerkendeOnderwijsaanbiedercode ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static VoVakerkenningSleutel? Vakerkenning(string? waarde) =>
        waarde?.Split(Deelscheiding) is [var stelsel, var code, var niveau] ? new VoVakerkenningSleutel(stelsel, code, niveau) : null;

    private static readonly string[] Datumvormen = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];

    private static DateOnly? Datum(string veld, string? waarde, bool verplicht, List<Veldfout> fouten)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            if (verplicht)
            {
                fouten.Add(Contractfout(veld, "vul een datum in"));
            }

            return null;
        }

        if (DateOnly.TryParseExact(waarde.Trim(), Datumvormen, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        fouten.Add(Contractfout(veld, $"'{waarde}' is geen datum (dag-maand-jaar)"));
        return null;
    }

    private static Veldfout Contractfout(string veld, string melding) => Veldfout.Ongeldig(veld, melding);

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
}
