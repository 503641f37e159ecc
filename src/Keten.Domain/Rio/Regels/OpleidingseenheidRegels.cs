using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rio.Regels;

/// <summary>DUO's checks of aanleveren_opleidingseenheid (particuliere opleiding) and aanleveren_opleidingsrelatie.</summary>
public static class OpleidingseenheidRegels
{
    /// <param name="bestaand">The stored opleidingseenheid with the message's code; null when the message carries none.</param>
    public static IReadOnlyList<Foutmelding> Controleer(Opleidingseenheid eenheid, Opleidingseenheid? bestaand, string afzenderBestuurcode)
    {
        var code = eenheid.Opleidingseenheidcode ?? "nieuw";
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
    public static IReadOnlyList<Foutmelding> ControleerRelatie(Opleidingsrelatie relatie, IReadOnlyCollection<Opleidingseenheid> eenheden, string afzenderBestuurcode)
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
        }

        return fouten;
    }

    /// <summary>P04410: the relation lies within the opleidingseenheid's life (einddatum exclusive; an open einddatum as <see cref="Lezingen.OpenEinddatumLooptDoor"/> reads it).</summary>
    private static bool BinnenLevensduur(Opleidingsrelatie relatie, Opleidingseenheid eenheid) =>
        relatie.Begindatum >= eenheid.Begindatum
        && (eenheid.Einddatum is not { } einde || (relatie.Einddatum is { } eind ? eind <= einde : !Lezingen.OpenEinddatumLooptDoor));
}
