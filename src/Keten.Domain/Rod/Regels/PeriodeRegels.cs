using System.Text.RegularExpressions;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;

namespace Keten.Domain.Rod.Regels;

/// <summary>One inschrijvingsperiode: its RIO references and the fields of its sector (domain.md rules 8, 49).</summary>
public static partial class PeriodeRegels
{
    public const string Crebo = "CREBO";
    public const string Ilt = "ILT";

    public static void Controleer(Inschrijving i, Inschrijvingsperiode p, InschrijvingContext context, List<Foutmelding> fouten)
    {
        if (!context.Aanbieders.TryGetValue(p.Onderwijsaanbiedercode, out var bestuur) || bestuur != context.Bestuur)
        {
            fouten.Add(RodFoutcodes.ROD025("onderwijsaanbiedercode", p.Onderwijsaanbiedercode));
        }

        if (p.Onderwijslocatiecode is { } locatie && !context.Locaties.Contains(locatie))
        {
            fouten.Add(RodFoutcodes.ROD026(locatie));
        }

        if (p.AangebodenOpleidingCode is { } code
            && (!context.AangebodenOpleidingen.TryGetValue(code, out var ao) || ao.Onderwijsaanbiedercode != p.Onderwijsaanbiedercode
                || (ao.OpleidingserkenningSleutel?.Opleidingscode ?? ao.VoVakerkenningSleutel?.Opleidingscode) != p.Opleidingcode))
        {
            fouten.Add(RodFoutcodes.ROD027(code));
        }

        if (p.LocatiecodeVsv is { } vsv && !(vsv.Length == 12 && vsv.All(char.IsAsciiLetterOrDigit)))
        {
            fouten.Add(RodFoutcodes.ROD007());
        }

        if (i.Sector == Sector.MBO)
        {
            Mbo(p, context.Referentie, fouten);
        }
        else
        {
            Vo(i, p, context.Referentie, fouten);
        }
    }

    /// <summary>The niveau that holds for an MBO period: as delivered, else the CREBO recognition's (rule 8: derived).</summary>
    public static string? MboNiveau(Inschrijvingsperiode p, Referentiedata referentie)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(referentie);
        return p.Niveau ?? referentie.Erkenning(Crebo, p.Opleidingcode)?.Niveau;
    }

    private static void Mbo(Inschrijvingsperiode p, Referentiedata referentie, List<Foutmelding> fouten)
    {
        if (p.Leertraject is null)
        {
            fouten.Add(RodFoutcodes.ROD028("leertraject"));
        }
        else if (RodWaardelijsten.Leertraject.Zoek(p.Leertraject) is not { } waarde || !waarde.GeldigOp(p.DatumBegin))
        {
            fouten.Add(RodFoutcodes.ROD020(p.Leertraject, p.DatumBegin));
        }

        var erkenning = referentie.Erkenning(Crebo, p.Opleidingcode);
        if (erkenning is null || !new Geldigheid(erkenning.Begindatum, erkenning.Einddatum).Bevat(p.DatumBegin))
        {
            fouten.Add(RodFoutcodes.ROD022(p.Opleidingcode, p.DatumBegin));
        }
        else if (p.Niveau is { } niveau && (!RodWaardelijsten.MboNiveau.Contains(niveau) || niveau != erkenning.Niveau))
        {
            fouten.Add(RodFoutcodes.ROD021("niveau", niveau));
        }

        InschrijvingRegels.Geen(p.Leerjaar, "leerjaar", fouten);
        InschrijvingRegels.Geen(p.Vestiging, "vestiging", fouten);
    }

    private static void Vo(Inschrijving i, Inschrijvingsperiode p, Referentiedata referentie, List<Foutmelding> fouten)
    {
        if (p.Leerjaar is null)
        {
            fouten.Add(RodFoutcodes.ROD028("leerjaar"));
        }
        else if (p.Leerjaar is < 1 or > 6)
        {
            fouten.Add(RodFoutcodes.ROD024(p.Leerjaar.Value));
        }

        if (p.Niveau is null)
        {
            fouten.Add(RodFoutcodes.ROD028("niveau"));
        }
        else if (referentie.Vakerkenning(Ilt, p.Opleidingcode, p.Niveau) is not { } vak || !new Geldigheid(vak.Begindatum, vak.Einddatum).Bevat(p.DatumBegin))
        {
            fouten.Add(RodFoutcodes.ROD022(p.Opleidingcode, p.DatumBegin));
        }

        if (p.Vestiging is { } vestiging && (!Brin6().IsMatch(vestiging) || !vestiging.StartsWith(i.Brin, StringComparison.Ordinal)))
        {
            fouten.Add(RodFoutcodes.ROD023("vestiging", vestiging));
        }

        InschrijvingRegels.Geen(p.Leertraject, "leertraject", fouten);
    }

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}[0-9]{2}$")]
    private static partial Regex Brin6();
}
