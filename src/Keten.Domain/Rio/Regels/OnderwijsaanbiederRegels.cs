using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;

namespace Keten.Domain.Rio.Regels;

/// <summary>DUO's checks of aanleveren_onderwijsaanbieder.</summary>
public static class OnderwijsaanbiederRegels
{
    /// <param name="bestaand">The stored aanbieder with the same code, null for a nieuwe onderwijsaanbieder.</param>
    /// <param name="codeVastleggenToegestaan">DUO's own operators may register a code RIO has not issued yet.</param>
    /// <param name="opleidingen">The stored aangeboden opleidingen of the aanbieder (N04430); none for a new one.</param>
    public static IReadOnlyList<Foutmelding> Controleer(
        Onderwijsaanbieder aanbieder,
        Onderwijsaanbieder? bestaand,
        string afzenderBestuurcode,
        Referentiedata referentie,
        bool codeVastleggenToegestaan = false,
        IReadOnlyCollection<AangebodenOpleiding>? opleidingen = null)
    {
        var code = aanbieder.Onderwijsaanbiedercode ?? "nieuw";
        if (referentie.Bestuur(aanbieder.Onderwijsbestuurcode) is null)
        {
            return [Foutcodes.A01110(aanbieder.Onderwijsbestuurcode)];
        }

        if (aanbieder.Onderwijsbestuurcode != afzenderBestuurcode)
        {
            return [Foutcodes.AUT401("onderwijsbestuurcode", aanbieder.Onderwijsbestuurcode)];
        }

        if (aanbieder.Onderwijsaanbiedercode is not null && (bestaand is null ? !codeVastleggenToegestaan : bestaand.Onderwijsbestuurcode != afzenderBestuurcode))
        {
            // A code RIO never issued to this board: either unknown or someone else's.
            return [Foutcodes.AUT401("onderwijsaanbiedercode", code)];
        }

        var levensduur = new Geldigheid(aanbieder.InBedrijfdatum, aanbieder.UitBedrijfdatum);
        var fouten = new List<Foutmelding>();
        if (aanbieder.UitBedrijfdatum is { } uit && uit <= aanbieder.InBedrijfdatum)
        {
            fouten.Add(Foutcodes.N04010(code));
        }

        fouten.AddRange(PeriodeRegels.Controleer(
            aanbieder.Perioden.Select(p => p.Begindatum),
            levensduur,
            begin => Foutcodes.N05030(code, begin),
            begin => Foutcodes.N05050(code, begin),
            () => Foutcodes.N05060(code)));

        foreach (var relatie in aanbieder.JuridischeRelaties)
        {
            var instelling = referentie.Instelling(relatie.Instellingserkenningscode);
            if (instelling is null)
            {
                fouten.Add(Foutcodes.A01030(relatie.Instellingserkenningscode));
            }
            else
            {
                if (!instelling.DoorOcwErkend())
                {
                    fouten.Add(Foutcodes.A01031(relatie.Instellingserkenningscode));
                }

                if (instelling.Onderwijsbestuurcode != afzenderBestuurcode)
                {
                    fouten.Add(Foutcodes.AUT401("instellingserkenningscode", relatie.Instellingserkenningscode));
                }
            }

            if (relatie.Einddatum is { } eind && eind <= relatie.Begindatum)
            {
                fouten.Add(Foutcodes.J06010(relatie.Instellingserkenningscode));
            }
            else if (!BinnenLevensduur(relatie, levensduur) || (instelling is not null && relatie.Begindatum < instelling.Begindatum))
            {
                fouten.Add(Foutcodes.J06410(relatie.Instellingserkenningscode, relatie.Begindatum));
            }
        }

        foreach (var overlap in Overlappend(aanbieder.JuridischeRelaties))
        {
            fouten.Add(Foutcodes.J06020(overlap.Instellingserkenningscode, overlap.Begindatum));
        }

        fouten.AddRange((opleidingen ?? [])
            .Where(o => !Verbandsperiode.InstroomTotEindeBinnen(o, aanbieder.InBedrijfdatum, aanbieder.UitBedrijfdatum))
            .Select(o => Foutcodes.N04430(code, o.AangebodenOpleidingCode)));

        fouten.AddRange(KenmerkRegels.Controleer(aanbieder.Kenmerken, KenmerkDefinities.Onderwijsaanbieder, levensduur));
        foreach (var periode in aanbieder.Perioden)
        {
            fouten.AddRange(KenmerkRegels.Controleer(periode.Kenmerken, KenmerkDefinities.OnderwijsaanbiederPeriode, levensduur));
        }

        return fouten;
    }

    /// <summary>J06410: the relation lies within the aanbieder's in/uit bedrijf (einddatum exclusive; an open einddatum as <see cref="Lezingen.OpenEinddatumLooptDoor"/> reads it).</summary>
    private static bool BinnenLevensduur(JuridischeRelatie relatie, Geldigheid levensduur) =>
        relatie.Begindatum >= levensduur.Begindatum
        && (levensduur.Einddatum is not { } uit || (relatie.Einddatum is { } eind ? eind <= uit : !Lezingen.OpenEinddatumLooptDoor));

    /// <summary>J06020: each relation with an instelling that begins before an earlier one with the same instelling ended.</summary>
    private static IEnumerable<JuridischeRelatie> Overlappend(IReadOnlyList<JuridischeRelatie> relaties)
    {
        foreach (var instelling in relaties.GroupBy(r => r.Instellingserkenningscode, StringComparer.Ordinal))
        {
            var opVolgorde = instelling.OrderBy(r => r.Begindatum).ToList();
            for (var i = 1; i < opVolgorde.Count; i++)
            {
                if (opVolgorde.Take(i).Any(eerder => eerder.Einddatum is not { } eind || eind > opVolgorde[i].Begindatum))
                {
                    yield return opVolgorde[i];
                }
            }
        }
    }
}
