using System.Globalization;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio;

/// <summary>
/// What a record (a REST or CLI body, a portal form) can say that no Beheren V4 message can carry, so that there is no
/// message to validate: the XSD's choices (one erkenning key; a cohort's vast or flexibele instroom; the one aanduiding of
/// a new location) and the elements only an MBO offering has or must have. BeherenXmlWriter refuses to write these; here
/// each names its JSON field, for <see cref="XsdControle"/> to refuse as the XSD would refuse the closest message a client
/// could send.
/// </summary>
internal static class Contractvorm
{
    public static OngeldigVeld? Onmogelijk(AangebodenOpleiding ao)
    {
        ArgumentNullException.ThrowIfNull(ao);
        var sleutels = new (string Naam, object? Waarde)[]
        {
            ("opleidingserkenningSleutel", ao.OpleidingserkenningSleutel),
            ("voVakerkenningSleutel", ao.VoVakerkenningSleutel),
            ("opleidingseenheidSleutel", ao.OpleidingseenheidSleutel),
        }.Where(s => s.Waarde is not null).ToList();
        if (sleutels.Count != 1)
        {
            return new OngeldigVeld($"$.{(sleutels.Count == 0 ? "opleidingserkenningSleutel" : sleutels[1].Naam)}",
                $"een aangeboden opleiding noemt precies één van opleidingserkenningSleutel, voVakerkenningSleutel en opleidingseenheidSleutel (XSD: een keuze), niet {sleutels.Count}");
        }

        return ao.Soort == AangebodenOpleidingSoort.VO ? AlleenMbo(ao) : MboVerplicht(ao) ?? Cohorten(ao);
    }

    public static OngeldigVeld? Onmogelijk(Onderwijslocatiegebruik gebruik)
    {
        ArgumentNullException.ThrowIfNull(gebruik);
        if (gebruik.Onderwijslocatiecode is not null)
        {
            return null;
        }

        var aanduidingen = new (string Naam, object? Waarde)[]
        {
            ("aanduidingAdres", gebruik.AanduidingAdres),
            ("aanduidingGps", gebruik.AanduidingGps),
            ("aanduidingPlaats", gebruik.AanduidingPlaats),
        }.Where(a => a.Waarde is not null).ToList();
        return aanduidingen.Count == 1
            ? null
            : new OngeldigVeld($"$.{(aanduidingen.Count == 0 ? "aanduidingAdres" : aanduidingen[1].Naam)}",
                $"een gebruik zonder onderwijslocatiecode noemt zijn plaats met precies één van aanduidingAdres, aanduidingGps en aanduidingPlaats (XSD: een keuze), niet {aanduidingen.Count}");
    }

    private static OngeldigVeld? AlleenMbo(AangebodenOpleiding ao)
    {
        if (ao.Cohorten.Count > 0)
        {
            return new OngeldigVeld("$.cohorten", "RIO V4 kent geen cohorten bij een aangebodenVOOpleiding");
        }

        var mboVeld = new (string Naam, string? Waarde)[]
        {
            ("leertrajectMbo", ao.LeertrajectMbo), ("mboNiveau", ao.MboNiveau), ("toelatingseisen", ao.Toelatingseisen), ("toegankelijkheid", ao.Toegankelijkheid),
        }.FirstOrDefault(v => v.Waarde is not null);
        return mboVeld.Naam is { } naam ? new OngeldigVeld($"$.{naam}", "bestaat alleen bij een aangebodenMboOpleiding; laat het bij VO null") : null;
    }

    private static OngeldigVeld? MboVerplicht(AangebodenOpleiding ao)
    {
        var leeg = new (string Naam, string? Waarde)[]
        {
            ("leertrajectMbo", ao.LeertrajectMbo), ("toelatingseisen", ao.Toelatingseisen), ("toegankelijkheid", ao.Toegankelijkheid),
        }.FirstOrDefault(v => v.Waarde is null);
        return leeg.Naam is { } naam ? new OngeldigVeld($"$.{naam}", "is verplicht bij een aangebodenMboOpleiding (XSD: minOccurs 1)") : null;
    }

    private static OngeldigVeld? Cohorten(AangebodenOpleiding ao)
    {
        for (var i = 0; i < ao.Cohorten.Count; i++)
        {
            var cohort = ao.Cohorten[i];
            var pad = string.Create(CultureInfo.InvariantCulture, $"$.cohorten[{i}]");
            if (cohort.Instroommoment is not null && (cohort.BeginInstroomperiode is not null || cohort.EindeInstroomperiode is not null))
            {
                return new OngeldigVeld($"{pad}.{(cohort.BeginInstroomperiode is not null ? "beginInstroomperiode" : "eindeInstroomperiode")}",
                    "een cohort heeft een vastInstroommoment (instroommoment) óf een flexibeleInstroom (beginInstroomperiode, eindeInstroomperiode), niet beide");
            }

            if (cohort.Instroommoment is null && cohort.BeginInstroomperiode is null)
            {
                return new OngeldigVeld($"{pad}.instroommoment", "een cohort heeft een instroommoment of een beginInstroomperiode (XSD: een keuze)");
            }
        }

        return null;
    }
}
