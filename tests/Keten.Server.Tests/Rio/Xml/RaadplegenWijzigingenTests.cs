using Keten.Contract.Rio.Xml;
using Keten.Domain.Rio;

namespace Keten.Server.Tests.Rio.Xml;

/// <summary>The three change feeds: new, changed and deleted entries, paged, in each response's own element order.</summary>
public class RaadplegenWijzigingenTests
{
    private static readonly Paginering TweedePagina = new(2, 3, 1203);

    [Fact]
    public void Gewijzigde_aangeboden_opleidingen_round_trip()
    {
        GewijzigdeAangebodenOpleiding[] gewijzigde =
        [
            new(Guid.Parse("5f1c2b9e-8a7d-4c3b-9e21-0f6a7b8c9d01"), SoortWijziging.Toegevoegd),
            new(Guid.Parse("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), SoortWijziging.Gewijzigd),
            new(Guid.Parse("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"), SoortWijziging.Verwijderd),
        ];

        var antwoord = RaadplegenXmlWriter.GewijzigdeAangebodenOpleidingenResponse(RioVoorbeelden.Kop, gewijzigde, TweedePagina);

        RioSchemas.AssertGeldig(antwoord);
        Assert.Equal(gewijzigde, RaadplegenXmlReader.GewijzigdeAangebodenOpleidingen(antwoord));
        Assert.Equal(TweedePagina, RaadplegenXmlReader.Paginering(antwoord));
        Assert.True(RaadplegenXmlReader.RequestGoedgekeurd(antwoord));
    }

    [Fact]
    public void Gewijzigde_onderwijsaanbieders_round_trip()
    {
        GewijzigdeOnderwijsaanbieder[] gewijzigde =
        [
            new("110A133", SoortWijziging.Toegevoegd),
            new("120A001", SoortWijziging.Gewijzigd),
            new("130A002", SoortWijziging.Verwijderd),
        ];

        var antwoord = RaadplegenXmlWriter.GewijzigdeOnderwijsaanbiedersResponse(RioVoorbeelden.Kop, gewijzigde, TweedePagina);

        RioSchemas.AssertGeldig(antwoord);
        Assert.Equal(gewijzigde, RaadplegenXmlReader.GewijzigdeOnderwijsaanbieders(antwoord));
        Assert.Equal(TweedePagina, RaadplegenXmlReader.Paginering(antwoord));
    }

    [Fact]
    public void Gewijzigd_onderwijslocatiegebruik_round_trips()
    {
        GewijzigdOnderwijslocatiegebruik[] gewijzigde =
        [
            new("100B001", "123X456", SoortWijziging.Toegevoegd),
            new("100B001", "123X457", SoortWijziging.Gewijzigd),
            new("100B002", "123X458", SoortWijziging.Verwijderd),
        ];

        var antwoord = RaadplegenXmlWriter.GewijzigdOnderwijslocatiegebruikResponse(RioVoorbeelden.Kop, gewijzigde, TweedePagina);

        RioSchemas.AssertGeldig(antwoord);
        Assert.Equal(gewijzigde, RaadplegenXmlReader.GewijzigdOnderwijslocatiegebruik(antwoord));
        Assert.Equal(TweedePagina, RaadplegenXmlReader.Paginering(antwoord));
    }

    [Fact]
    public void An_empty_last_page_is_still_a_valid_answer()
    {
        var antwoord = RaadplegenXmlWriter.GewijzigdeAangebodenOpleidingenResponse(RioVoorbeelden.Kop, [], new Paginering(3, 3, 1000));

        RioSchemas.AssertGeldig(antwoord);
        Assert.Empty(RaadplegenXmlReader.GewijzigdeAangebodenOpleidingen(antwoord));
    }

    [Fact]
    public void Without_paginering_the_feeds_are_still_valid()
    {
        RioSchemas.AssertGeldig(RaadplegenXmlWriter.GewijzigdeAangebodenOpleidingenResponse(RioVoorbeelden.Kop, [], null));
        RioSchemas.AssertGeldig(RaadplegenXmlWriter.GewijzigdeOnderwijsaanbiedersResponse(RioVoorbeelden.Kop, [], null));
        RioSchemas.AssertGeldig(RaadplegenXmlWriter.GewijzigdOnderwijslocatiegebruikResponse(RioVoorbeelden.Kop, [], null));
    }
}
