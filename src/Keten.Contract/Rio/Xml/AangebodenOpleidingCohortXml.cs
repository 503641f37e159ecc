using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// XSD type AangebodenOpleidingCohort. Beheren and Raadplegen differ in one place: Beheren has
/// bedrijfsopleiding before einddatum, Raadplegen has einddatum before bedrijfsopleiding.
/// toestemmingVereistVoorAanmelding (ToestemmingAanmeldingscohortVereist-v01) is a WaardenlijstType-v01 in DUO's XSD, a
/// string whose values the XSD does not list: it is read as given, and the rules answer N11450 for a value outside the list.
/// </summary>
internal static class AangebodenOpleidingCohortXml
{
    public static XElement Schrijf(RioContract contract, string elementnaam, AangebodenOpleidingCohort c)
    {
        var w = contract.Writer();
        var bedrijfsopleiding = c.ToegangscodeCohort is null
            ? null
            : w.Element("bedrijfsopleiding", w.Required("toegangscodeCohort", c.ToegangscodeCohort));
        var einddatum = w.Optional("einddatum", c.Einddatum);
        return w.Element(
            elementnaam,
            w.Required("cohortcode", c.Cohortcode),
            w.Required("cohortstatus", c.Cohortstatus),
            KenmerkXml.Schrijf(w, c.Kenmerken),
            w.Required("beginAanmeldperiode", c.BeginAanmeldperiode),
            Instroom(w, c),
            w.Optional("eindeAanmeldperiode", c.EindeAanmeldperiode),
            w.Required("toestemmingVereistVoorAanmelding", c.ToestemmingVereistVoorAanmelding),
            w.Optional("toelichtingVereisteToestemming", c.ToelichtingVereisteToestemming),
            contract == RioContract.Beheren ? new[] { bedrijfsopleiding, einddatum } : new[] { einddatum, bedrijfsopleiding },
            c.Prijzen.Select(p => w.Element(
                "prijs",
                w.Required("soort", p.Soort),
                w.Required("bedrag", XmlValues.Decimaal(p.Bedrag)))));
    }

    public static AangebodenOpleidingCohort Lees(RioContract contract, XElement cohort)
    {
        var r = contract.Reader();
        var vast = r.OptionalChild(cohort, "vastInstroommoment");
        var flexibel = r.OptionalChild(cohort, "flexibeleInstroom");
        return new AangebodenOpleidingCohort(
            r.Text(cohort, "cohortcode"),
            r.Text(cohort, "cohortstatus"),
            KenmerkXml.Lees(r, cohort),
            r.Datum(cohort, "beginAanmeldperiode"),
            vast is null ? null : r.Datum(vast, "instroommoment"),
            flexibel is null ? null : r.Datum(flexibel, "beginInstroomperiode"),
            flexibel is null ? null : r.OptionalDatum(flexibel, "eindeInstroomperiode"),
            r.OptionalDatum(cohort, "eindeAanmeldperiode"),
            r.Text(cohort, "toestemmingVereistVoorAanmelding").Trim(),
            r.OptionalText(cohort, "toelichtingVereisteToestemming"),
            r.OptionalChild(cohort, "bedrijfsopleiding") is { } b ? r.Text(b, "toegangscodeCohort") : null,
            r.OptionalDatum(cohort, "einddatum"),
            [.. r.Children(cohort, "prijs").Select(p => new Prijs(r.Text(p, "soort"), XmlValues.LeesDecimaal(r.Text(p, "bedrag"))))]);
    }

    private static XElement Instroom(ElementWriter w, AangebodenOpleidingCohort c)
    {
        if (c.Instroommoment is { } moment)
        {
            if (c.BeginInstroomperiode is not null || c.EindeInstroomperiode is not null)
            {
                throw new ArgumentException(
                    $"Cohort {c.Cohortcode}: RIO has either a vastInstroommoment or a flexibeleInstroom, not both.");
            }

            return w.Element("vastInstroommoment", w.Required("instroommoment", moment));
        }

        if (c.BeginInstroomperiode is { } begin)
        {
            return w.Element(
                "flexibeleInstroom",
                w.Required("beginInstroomperiode", begin),
                w.Optional("eindeInstroomperiode", c.EindeInstroomperiode));
        }

        throw new ArgumentException(
            $"Cohort {c.Cohortcode}: RIO needs an instroommoment or a beginInstroomperiode.");
    }
}
