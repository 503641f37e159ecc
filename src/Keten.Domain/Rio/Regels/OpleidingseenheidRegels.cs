using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rio.Regels;

/// <summary>DUO's checks of aanleveren_opleidingseenheid (particuliere opleiding) and aanleveren_opleidingsrelatie.</summary>
public static class OpleidingseenheidRegels
{
    /// <param name="bestaand">The stored opleidingseenheid with the message's code; null when the message carries none.</param>
    /// <param name="verbanden">What is stored under the opleidingseenheid (P01410, P01430); none for a new one.</param>
    /// <param name="formeelErkend">The code is that of an opleidingseenheid with an opleidingserkenning (A02011).</param>
    public static IReadOnlyList<Foutmelding> Controleer(
        Opleidingseenheid eenheid,
        Opleidingseenheid? bestaand,
        string afzenderBestuurcode,
        Opleidingseenheidverbanden? verbanden = null,
        bool formeelErkend = false)
    {
        var code = eenheid.Opleidingseenheidcode ?? "nieuw";
        if (formeelErkend)
        {
            return [Foutcodes.A02011(code)];
        }

        if (eenheid.Soort != Opleidingseenheid.SoortParticuliereOpleiding)
        {
            return [Foutcodes.KTN020(eenheid.Soort)];
        }

        if (eenheid.Opleidingseenheidcode is not null)
        {
            if (bestaand is null)
            {
                return [Foutcodes.A01070(code)];
            }

            if (bestaand.Onderwijsbestuurcode != afzenderBestuurcode)
            {
                return [Foutcodes.AUT401("opleidingseenheidcode", code)];
            }
        }

        var fouten = new List<Foutmelding>();
        if (eenheid.Einddatum is { } eind && eind <= eenheid.Begindatum)
        {
            fouten.Add(Foutcodes.P01010(code));
        }

        var levensduur = new Geldigheid(eenheid.Begindatum, eenheid.Einddatum);
        fouten.AddRange(PeriodeRegels.Controleer(
            eenheid.Perioden.Select(p => p.Begindatum), levensduur, Foutcodes.P02020, Foutcodes.P02070, () => Foutcodes.P02080(code)));
        fouten.AddRange(Waarden(eenheid));
        fouten.AddRange(KenmerkRegels.Controleer(eenheid.Kenmerken, KenmerkDefinities.ParticuliereOpleiding, levensduur));
        foreach (var periode in eenheid.Perioden)
        {
            fouten.AddRange(KenmerkRegels.Controleer(periode.Kenmerken, KenmerkDefinities.OpleidingseenheidPeriode, levensduur));
        }

        if (verbanden is not null)
        {
            fouten.AddRange(verbanden.Opleidingen
                .Where(o => !Verbandsperiode.InstroomTotEindeBinnen(o, eenheid.Begindatum, eenheid.Einddatum))
                .Select(o => Foutcodes.P01410(code, o.AangebodenOpleidingCode)));
            fouten.AddRange(verbanden.Relaties
                .Where(r => !BinnenLevensduur(r, eenheid))
                .Select(r => Foutcodes.P01430(code, r.Opleidingseenheidcode1 == code ? r.Opleidingseenheidcode2 : r.Opleidingseenheidcode1, r.Begindatum)));
        }

        return fouten;
    }

    /// <summary>
    /// P01040, P01060 (valid in the opleidingseenheid's life) and P02040 (valid in the period's), as
    /// <see cref="Lezingen.ParticuliereOpleidingIsOpleiding"/> reads them.
    /// </summary>
    private static IEnumerable<Foutmelding> Waarden(Opleidingseenheid eenheid)
    {
        if (!Lezingen.ParticuliereOpleidingIsOpleiding)
        {
            yield break;
        }

        if (eenheid.Niveau is { } niveau && !GeldigIn(Waardelijsten.Niveaucode, niveau, eenheid.Begindatum, eenheid.Einddatum))
        {
            yield return Foutcodes.P01040(niveau);
        }

        if (eenheid.Waardedocumentsoort is { } soort && !GeldigIn(Waardelijsten.SoortWaardedocument, soort, eenheid.Begindatum, eenheid.Einddatum))
        {
            yield return Foutcodes.P01060(soort);
        }

        foreach (var (periode, geldigheid) in eenheid.PeriodenMetGeldigheid())
        {
            if (periode.Studielasteenheid is { } studielasteenheid
                && !GeldigIn(Waardelijsten.StudielastEenheid, studielasteenheid, geldigheid.Begindatum, geldigheid.Einddatum))
            {
                yield return Foutcodes.P02040(studielasteenheid, periode.Begindatum);
            }
        }
    }

    private static bool GeldigIn(Waardelijst lijst, string code, DateOnly begin, DateOnly? eind) =>
        lijst.Zoek(code) is { } waarde && waarde.GeldigIn(begin, eind);

    /// <param name="eenheden">The stored opleidingseenheden among the relation's two codes.</param>
    /// <param name="andereRelaties">The stored relaties between the same two opleidingseenheden (P04050); the one with this relation's key is passed over.</param>
    public static IReadOnlyList<Foutmelding> ControleerRelatie(
        Opleidingsrelatie relatie,
        IReadOnlyCollection<Opleidingseenheid> eenheden,
        string afzenderBestuurcode,
        IReadOnlyCollection<Opleidingsrelatie>? andereRelaties = null)
    {
        var fouten = new List<Foutmelding>();
        foreach (var code in new[] { relatie.Opleidingseenheidcode1, relatie.Opleidingseenheidcode2 }.Distinct())
        {
            if (eenheden.All(e => e.Opleidingseenheidcode != code))
            {
                fouten.Add(Foutcodes.A01070(code));
            }
        }

        if (fouten.Count == 0 && eenheden.All(e => e.Onderwijsbestuurcode != afzenderBestuurcode))
        {
            return [Foutcodes.AUT401("opleidingseenheidcode", relatie.Opleidingseenheidcode1)];
        }

        if (relatie.Opleidingseenheidcode1 == relatie.Opleidingseenheidcode2)
        {
            fouten.Add(Foutcodes.P04030(relatie.Opleidingseenheidcode1));
        }

        if (relatie.Einddatum is { } eind && eind <= relatie.Begindatum)
        {
            fouten.Add(Foutcodes.P04010(relatie.Opleidingseenheidcode1));
        }
        else
        {
            fouten.AddRange(eenheden.Where(e => !BinnenLevensduur(relatie, e)).Select(e => Foutcodes.P04410(e.Opleidingseenheidcode ?? relatie.Opleidingseenheidcode1)));
            fouten.AddRange((andereRelaties ?? [])
                .Where(r => r.Sleutel != relatie.Sleutel && ZelfdeEenheden(r, relatie) && Overlappen(r, relatie))
                .Select(r => Foutcodes.P04050(relatie.Opleidingseenheidcode1, relatie.Opleidingseenheidcode2, r.Begindatum)));
        }

        return fouten;
    }

    /// <summary>
    /// P04050 "hetzelfde type relatie bij dezelfde combinatie van opleidingseenheden": the V4 message carries no soort,
    /// RIO derives it from the two specialisaties, so two relaties between the same two opleidingseenheden are of one type.
    /// </summary>
    private static bool ZelfdeEenheden(Opleidingsrelatie a, Opleidingsrelatie b) =>
        (a.Opleidingseenheidcode1 == b.Opleidingseenheidcode1 && a.Opleidingseenheidcode2 == b.Opleidingseenheidcode2)
        || (a.Opleidingseenheidcode1 == b.Opleidingseenheidcode2 && a.Opleidingseenheidcode2 == b.Opleidingseenheidcode1);

    /// <summary>P04050: "begindatum - einddatum (excl)" periods overlap; an open einddatum runs on.</summary>
    private static bool Overlappen(Opleidingsrelatie a, Opleidingsrelatie b) =>
        (b.Einddatum is not { } eindB || a.Begindatum < eindB) && (a.Einddatum is not { } eindA || b.Begindatum < eindA);

    /// <summary>P04410: the relation lies within the opleidingseenheid's life (einddatum exclusive; an open einddatum as <see cref="Lezingen.OpenEinddatumLooptDoor"/> reads it).</summary>
    private static bool BinnenLevensduur(Opleidingsrelatie relatie, Opleidingseenheid eenheid) =>
        relatie.Begindatum >= eenheid.Begindatum
        && (eenheid.Einddatum is not { } einde || (relatie.Einddatum is { } eind ? eind <= einde : !Lezingen.OpenEinddatumLooptDoor));
}
