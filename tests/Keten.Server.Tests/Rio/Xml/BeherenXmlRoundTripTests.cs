using System.Xml.Linq;
using Keten.Contract.Rio.Xml;
using Keten.Domain.Rio;

namespace Keten.Server.Tests.Rio.Xml;

/// <summary>Domain → Beheren request body → XSD-valid → domain gives back the same record.</summary>
public class BeherenXmlRoundTripTests
{
    [Fact]
    public void Nieuwe_onderwijsaanbieder_round_trips_as_nieuweOnderwijsaanbieder()
    {
        var aanbieder = RioVoorbeelden.NieuweOnderwijsaanbieder();
        var request = Geldig("aanleveren_onderwijsaanbieder", BeherenXmlWriter.AanleverenOnderwijsaanbieder(aanbieder));

        Assert.NotNull(request.Element(RioNamespaces.Beheren + "nieuweOnderwijsaanbieder"));
        JsonGelijk.AssertGelijk(aanbieder, BeherenXmlReader.Onderwijsaanbieder(Herlees(request)).GetValueOrThrow());
    }

    [Fact]
    public void Bestaande_onderwijsaanbieder_round_trips_with_its_code()
    {
        var aanbieder = RioVoorbeelden.BestaandeOnderwijsaanbieder();
        var request = Geldig("aanleveren_onderwijsaanbieder", BeherenXmlWriter.AanleverenOnderwijsaanbieder(aanbieder));

        Assert.NotNull(request.Element(RioNamespaces.Beheren + "onderwijsaanbieder"));
        JsonGelijk.AssertGelijk(aanbieder, BeherenXmlReader.Onderwijsaanbieder(Herlees(request)).GetValueOrThrow());
    }

    public static TheoryData<string> Locatiegebruiken => ["adres", "code", "gps", "plaats"];

    [Theory]
    [MemberData(nameof(Locatiegebruiken))]
    public void Onderwijslocatiegebruik_round_trips_whichever_way_the_location_is_named(string manier)
    {
        var gebruik = manier switch
        {
            "adres" => RioVoorbeelden.LocatiegebruikOpAdres(),
            "code" => RioVoorbeelden.LocatiegebruikOpCode(),
            "gps" => RioVoorbeelden.LocatiegebruikOpGps(),
            _ => RioVoorbeelden.LocatiegebruikOpPlaats(),
        };
        var request = Geldig("aanleveren_onderwijslocatiegebruik", BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(gebruik));

        JsonGelijk.AssertGelijk(gebruik, BeherenXmlReader.Onderwijslocatiegebruik(Herlees(request)).GetValueOrThrow());
    }

    [Theory]
    [InlineData("1234O5678")]
    [InlineData(null)]
    public void Particuliere_opleidingseenheid_round_trips_with_the_senders_board(string? code)
    {
        var eenheid = RioVoorbeelden.ParticuliereOpleiding(code);
        var request = Geldig("aanleveren_opleidingseenheid", BeherenXmlWriter.AanleverenOpleidingseenheid(eenheid));

        var gelezen = BeherenXmlReader.Opleidingseenheid(Herlees(request), RioVoorbeelden.Bestuur).GetValueOrThrow();

        JsonGelijk.AssertGelijk(eenheid, gelezen);
    }

    [Fact]
    public void Opleidingsrelatie_round_trips_with_the_senders_board()
    {
        var relatie = RioVoorbeelden.Relatie();
        var request = Geldig("aanleveren_opleidingsrelatie", BeherenXmlWriter.AanleverenOpleidingsrelatie(relatie));

        Assert.Equal(relatie, BeherenXmlReader.Opleidingsrelatie(Herlees(request), RioVoorbeelden.Bestuur).GetValueOrThrow());
    }

    public static TheoryData<string> AangebodenOpleidingen => ["mbo", "mbo-particulier", "vo"];

    [Theory]
    [MemberData(nameof(AangebodenOpleidingen))]
    public void Aangeboden_opleiding_round_trips(string soort)
    {
        var opleiding = soort switch
        {
            "mbo" => RioVoorbeelden.MboOpleiding(),
            "mbo-particulier" => RioVoorbeelden.MboOpParticuliereOpleiding(),
            _ => RioVoorbeelden.VoOpleiding(),
        };
        var request = Geldig("aanleveren_aangebodenOpleiding", BeherenXmlWriter.AanleverenAangebodenOpleiding(opleiding));

        JsonGelijk.AssertGelijk(opleiding, BeherenXmlReader.AangebodenOpleiding(Herlees(request)).GetValueOrThrow());
    }

    [Fact]
    public void Mbo_opleiding_keeps_its_dlr_route_and_samenwerkende_aanbieders()
    {
        var request = Geldig("aanleveren_aangebodenOpleiding", BeherenXmlWriter.AanleverenAangebodenOpleiding(RioVoorbeelden.MboOpleiding()));

        var gelezen = BeherenXmlReader.AangebodenOpleiding(Herlees(request)).GetValueOrThrow();

        Assert.Equal("DLR_VMBO_MBO", gelezen.DoorlopendeLeerlijnVmboMbo);
        Assert.Equal([RioVoorbeelden.Partner1, RioVoorbeelden.Partner2], gelezen.Perioden[0].SamenwerkendeOnderwijsaanbiedercodes);
    }

    [Fact]
    public void Verwijderen_requests_are_valid_and_read_back()
    {
        var relatie = RioVoorbeelden.Relatie();
        var code = RioVoorbeelden.MboOpleiding().AangebodenOpleidingCode;

        Assert.Equal(code, BeherenXmlReader.VerwijderenAangebodenOpleiding(
            Geldig("verwijderen_aangebodenOpleiding", BeherenXmlWriter.VerwijderenAangebodenOpleiding(code))));
        Assert.Equal(RioVoorbeelden.Aanbieder, BeherenXmlReader.VerwijderenOnderwijsaanbieder(
            Geldig("verwijderen_onderwijsaanbieder", BeherenXmlWriter.VerwijderenOnderwijsaanbieder(RioVoorbeelden.Aanbieder))));
        Assert.Equal((RioVoorbeelden.Bestuur, "123X456"), BeherenXmlReader.VerwijderenOnderwijslocatiegebruik(
            Geldig("verwijderen_onderwijslocatiegebruik", BeherenXmlWriter.VerwijderenOnderwijslocatiegebruik(RioVoorbeelden.Bestuur, "123X456"))));
        Assert.Equal("1234O5678", BeherenXmlReader.VerwijderenOpleidingseenheid(
            Geldig("verwijderen_opleidingseenheid", BeherenXmlWriter.VerwijderenOpleidingseenheid("1234O5678"))));
        Assert.Equal((relatie.Opleidingseenheidcode1, relatie.Opleidingseenheidcode2, relatie.Begindatum), BeherenXmlReader.VerwijderenOpleidingsrelatie(
            Geldig("verwijderen_opleidingsrelatie", BeherenXmlWriter.VerwijderenOpleidingsrelatie(relatie))));
    }

    [Fact]
    public void Bedrijfsdocument_header_comes_first_and_reads_back()
    {
        var request = Geldig("verwijderen_onderwijsaanbieder", BeherenXmlWriter.VerwijderenOnderwijsaanbieder(RioVoorbeelden.Aanbieder));

        Assert.Equal(
            ["identificatiecodeBedrijfsdocument", "verzendendeInstantie", "ontvangendeInstantie", "datumTijdBedrijfsdocument", "onderwijsaanbiedercode"],
            request.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(RioVoorbeelden.Kop, BedrijfsdocumentKop.Lees(request));
    }

    internal static XElement Geldig(string operatie, params object[] inhoud)
    {
        var request = BeherenXmlWriter.Request(operatie, RioVoorbeelden.Kop, inhoud);
        RioSchemas.AssertGeldig(request);
        return request;
    }

    /// <summary>Serialises and parses again, so the reader sees what a client would send, not our object graph.</summary>
    internal static XElement Herlees(XElement element) => XElement.Parse(element.ToString(SaveOptions.DisableFormatting));
}
