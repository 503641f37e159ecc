using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;

namespace Keten.Domain.Rod.Regels;

/// <summary>
/// Every rule a delivered enrolment state must meet (domain.md rules 6–25, 45–49), all evaluated so the school gets
/// every error at once. Pure: reads only the state and its <see cref="InschrijvingContext"/>.
/// </summary>
public static class InschrijvingRegels
{
    public static IReadOnlyList<Foutmelding> Controleer(Inschrijving inschrijving, InschrijvingContext context)
    {
        ArgumentNullException.ThrowIfNull(inschrijving);
        ArgumentNullException.ThrowIfNull(context);
        var fouten = new List<Foutmelding>();
        Identiteit(inschrijving, context, fouten);
        Datums(inschrijving, fouten);
        foreach (var periode in inschrijving.Perioden)
        {
            PeriodeRegels.Controleer(inschrijving, periode, context, fouten);
            LeerrouteRegels.Controleer(inschrijving, periode, context, fouten);
        }

        ResultaatRegels.Controleer(inschrijving, fouten);
        OverlapRegels.Controleer(inschrijving, context, fouten);
        return fouten;
    }

    private static void Identiteit(Inschrijving i, InschrijvingContext context, List<Foutmelding> fouten)
    {
        if (!i.Persoon.IsGeldig)
        {
            fouten.Add(RodFoutcodes.ROD002(i.Persoon.Veldnaam));
        }

        if (!Volgnummer.IsGeldig(i.Inschrijvingvolgnummer))
        {
            fouten.Add(RodFoutcodes.ROD003("inschrijvingvolgnummer", i.Inschrijvingvolgnummer));
        }

        var instelling = context.Referentie.Instelling(i.Brin);
        if (instelling is null || instelling.Onderwijsbestuurcode != context.Bestuur)
        {
            fouten.Add(RodFoutcodes.ROD004(i.Brin));
        }
        else if (instelling.Sector != i.Sector)
        {
            fouten.Add(RodFoutcodes.ROD005(i.Brin, i.Sector.ToString()));
        }

        if (i.Sector == Sector.VO)
        {
            Geen(i.HoogsteVooropleiding, "hoogsteVooropleiding", fouten);
            Geen(i.RedenUitstroom, "redenUitstroom", fouten);
        }
        else
        {
            InLijst(i.HoogsteVooropleiding, RodWaardelijsten.HoogsteVooropleiding, "hoogsteVooropleiding", fouten);
            InLijst(i.RedenUitstroom, RodWaardelijsten.RedenUitstroom, "redenUitstroom", fouten);
        }
    }

    private static void Datums(Inschrijving i, List<Foutmelding> fouten)
    {
        if (i.DatumUitschrijvingWerkelijk is { } werkelijk && werkelijk < i.DatumInschrijving)
        {
            fouten.Add(RodFoutcodes.ROD010(werkelijk, i.DatumInschrijving));
        }

        if (i.DatumUitschrijvingGepland is { } gepland && gepland < i.DatumInschrijving)
        {
            fouten.Add(RodFoutcodes.ROD017(gepland, i.DatumInschrijving));
        }

        if (i.Perioden.Count == 0)
        {
            fouten.Add(RodFoutcodes.ROD011());
            return;
        }

        var eerste = i.Perioden.Min(p => p.DatumBegin);
        if (eerste != i.DatumInschrijving)
        {
            fouten.Add(RodFoutcodes.ROD012(eerste, i.DatumInschrijving));
        }

        if (i.Perioden.Count > 1)
        {
            foreach (var dubbel in i.Perioden.GroupBy(p => p.DatumBegin).Where(g => g.Count() > 1))
            {
                fouten.Add(RodFoutcodes.ROD013(dubbel.Key));
            }
        }

        if (i.DatumUitschrijvingWerkelijk is { } uitgeschreven)
        {
            foreach (var na in i.Perioden.Where(p => p.DatumBegin > uitgeschreven))
            {
                fouten.Add(RodFoutcodes.ROD014(na.DatumBegin));
            }
        }
    }

    internal static void Geen(object? waarde, string veld, List<Foutmelding> fouten)
    {
        if (waarde is not null)
        {
            fouten.Add(RodFoutcodes.ROD029(veld));
        }
    }

    private static void InLijst(string? waarde, IReadOnlySet<string> lijst, string veld, List<Foutmelding> fouten)
    {
        if (waarde is not null && !lijst.Contains(waarde))
        {
            fouten.Add(RodFoutcodes.ROD023(veld, waarde));
        }
    }
}
