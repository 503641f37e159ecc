using System.Xml.Linq;
using Keten.Contract.Rio.Xml;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;

namespace Keten.Server.Tests.Rio.Xml;

/// <summary>XSD-valid input Keten does not cover gives a clear failed result, not an exception.</summary>
public class BeherenXmlReaderTests
{
    private static readonly XNamespace Ns = RioNamespaces.Beheren;

    [Fact]
    public void Ho_opleiding_is_an_unsupported_specialisation()
    {
        var request = Request(BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.VoOpleiding()));
        Hernoem(request, "aangebodenVOOpleiding", "aangebodenHOOpleiding");
        Hernoem(request, "aangebodenVOOpleidingPeriode", "aangebodenHOOpleidingPeriode");
        RioSchemas.AssertGeldig(request);

        var resultaat = BeherenXmlReader.AangebodenOpleiding(request);

        Assert.False(resultaat.IsSuccess);
        Assert.Equal(new ReadError(ReadErrorKind.UnsupportedSpecialisation, "aangebodenHOOpleiding", resultaat.Error!.Message), resultaat.Error);
    }

    [Fact]
    public void Period_of_another_specialisation_than_its_aangeboden_opleiding_is_DUOs_N10030_naming_the_period()
    {
        var request = Request(BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.MboOpleiding()));
        Hernoem(request, "aangebodenMboOpleidingPeriode", "aangebodenVavoOpleidingPeriode");
        RioSchemas.AssertGeldig(request);

        var fout = BeherenXmlReader.AangebodenOpleiding(request).Error!;

        Assert.Equal(ReadErrorKind.DuoRule, fout.Kind);
        Assert.Equal("aangebodenVavoOpleidingPeriode", fout.Element);
        Assert.Equal("N10030", fout.Foutmelding!.Foutcode);
        Assert.Equal([new Sleutelgegeven("begindatum", "2024-08-01")], fout.Foutmelding.Sleutelgegevens);
    }

    [Fact]
    public void Period_of_another_specialisation_than_its_opleidingseenheid_is_DUOs_P02030_naming_the_period()
    {
        var eenheid = RioVoorbeelden.ParticuliereOpleiding();
        var request = BeherenXmlWriter.Request("aanleveren_opleidingseenheid", RioVoorbeelden.Kop, BeherenXmlWriter.AanleverenOpleidingseenheid(eenheid));
        request.Descendants(Ns + "particuliereOpleidingPeriode").Last().Name = Ns + "hoOpleidingPeriode";
        RioSchemas.AssertGeldig(request);

        var fout = BeherenXmlReader.Opleidingseenheid(request, RioVoorbeelden.Bestuur).Error!;

        Assert.Equal(ReadErrorKind.DuoRule, fout.Kind);
        Assert.Equal("hoOpleidingPeriode", fout.Element);
        Assert.Equal("P02030", fout.Foutmelding!.Foutcode);
        Assert.Equal([new Sleutelgegeven("begindatum", "2025-08-01")], fout.Foutmelding.Sleutelgegevens);
    }

    [Fact]
    public void Cohort_in_a_vo_opleiding_is_unsupported()
    {
        var request = Request(BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.VoOpleiding()));
        var cohort = BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.MboOpleiding())
            .Element(Ns + "aangebodenMboOpleidingCohort")!;
        request.Descendants(Ns + "aangebodenVOOpleidingPeriode").Last().AddAfterSelf(cohort);
        RioSchemas.AssertGeldig(request);

        var fout = BeherenXmlReader.AangebodenOpleiding(request).Error!;

        Assert.Equal(ReadErrorKind.UnsupportedSpecialisation, fout.Kind);
        Assert.Equal("aangebodenMboOpleidingCohort", fout.Element);
    }

    [Fact]
    public void Ho_opleidingseenheid_is_an_unsupported_specialisation()
    {
        var eenheid = RioVoorbeelden.ParticuliereOpleiding() with { Eqf = null, Nlqf = null };
        var request = BeherenXmlWriter.Request("aanleveren_opleidingseenheid", RioVoorbeelden.Kop, BeherenXmlWriter.AanleverenOpleidingseenheid(eenheid));
        Hernoem(request, "particuliereOpleiding", "hoOpleiding");
        Hernoem(request, "particuliereOpleidingPeriode", "hoOpleidingPeriode");
        RioSchemas.AssertGeldig(request);

        var fout = BeherenXmlReader.Opleidingseenheid(request, RioVoorbeelden.Bestuur).Error!;

        Assert.Equal(new ReadError(ReadErrorKind.UnsupportedSpecialisation, "hoOpleiding", fout.Message), fout);
    }

    /// <summary>DUO's XSD types toestemmingVereistVoorAanmelding as WaardenlijstType-v01: any value reaches the rules (N11450).</summary>
    [Fact]
    public void Toestemming_outside_the_value_list_is_read_as_given()
    {
        var request = Request(BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.MboOpleiding()));
        request.Descendants(Ns + "toestemmingVereistVoorAanmelding").First().Value = "MISSCHIEN";
        RioSchemas.AssertGeldig(request);

        var gelezen = BeherenXmlReader.AangebodenOpleiding(request).GetValueOrThrow();

        Assert.Equal(["MISSCHIEN", "NEE"], gelezen.Cohorten.Select(c => c.ToestemmingVereistVoorAanmelding));
    }

    [Fact]
    public void Dates_with_a_time_zone_are_read_as_the_calendar_date()
    {
        var request = Request(BeherenXmlWriter.AanleverenOpleidingsrelatie(RioVoorbeelden.Relatie()));
        request.Descendants(Ns + "begindatum").Single().Value = "2024-08-01+02:00";
        request.Descendants(Ns + "einddatum").Single().Value = "2028-07-31Z";
        RioSchemas.AssertGeldig(request);

        var relatie = BeherenXmlReader.Opleidingsrelatie(request, RioVoorbeelden.Bestuur).GetValueOrThrow();

        Assert.Equal(RioVoorbeelden.Relatie(), relatie);
    }

    [Fact]
    public void Reader_refuses_the_wrong_request_element()
    {
        var request = Request(BeherenXmlWriter.AanleverenOpleidingsrelatie(RioVoorbeelden.Relatie()));

        Assert.Throws<ArgumentException>(() => BeherenXmlReader.AangebodenOpleiding(request));
    }

    private static XElement Request(XElement inhoud)
    {
        var operatie = inhoud.Name.LocalName == "opleidingsrelatie" ? "aanleveren_opleidingsrelatie" : "aanleveren_aangebodenOpleiding";
        return BeherenXmlWriter.Request(operatie, RioVoorbeelden.Kop, inhoud);
    }

    private static void Hernoem(XElement request, string van, string naar)
    {
        foreach (var element in request.Descendants(Ns + van).ToList())
        {
            element.Name = Ns + naar;
        }
    }
}
