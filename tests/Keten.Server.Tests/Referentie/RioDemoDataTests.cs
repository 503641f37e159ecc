using System.Text.Json;
using System.Text.Json.Serialization;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Storage.Referentie;

namespace Keten.Server.Tests.Referentie;

/// <summary>
/// rio-demo.json holds what the demo boards registered in RIO. It must deserialise into the domain records and
/// agree with the demo reference data, and every leerroute must be registered on both sides except the one
/// deliberately left half-registered.
/// </summary>
public class RioDemoDataTests
{
    private const string DLR = "DLR_VMBO_MBO";
    private const string GLR = "GLR_VMBO_MBO";

    /// <summary>ROC Voorbeeld's Medewerker ICT support route with Kanaalstreek, registered on the MBO side only.</summary>
    private static readonly Guid HalveRoute = Guid.Parse("a0000000-0000-4000-8000-000000000004");

    private static readonly DateOnly WaardenlijstGeldigVanaf = new(2020, 8, 1);

    private sealed record RioDemo(
        IReadOnlyList<Onderwijsaanbieder> Onderwijsaanbieders,
        IReadOnlyList<Onderwijslocatiegebruik> Onderwijslocatiegebruiken,
        IReadOnlyList<AangebodenOpleiding> AangebodenOpleidingen);

    private static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    private static async Task<(RioDemo Rio, Referentiedata Ref)> LaadAsync()
    {
        var referentie = await ReferentiedataReader.ReadFileAsync(DemoDataBestanden.Pad("referentiedata.json"), CancellationToken.None);
        await using var stroom = File.OpenRead(DemoDataBestanden.Pad("rio-demo.json"));
        var rio = await JsonSerializer.DeserializeAsync<RioDemo>(stroom, Opties);
        return (rio!, referentie.Referentiedata!);
    }

    private static Sector SectorVan(Onderwijsaanbieder aanbieder, Referentiedata referentie) =>
        referentie.Instelling(aanbieder.JuridischeRelaties[0].Instellingserkenningscode)!.Sector;

    [Fact]
    public async Task Every_onderwijsaanbieder_belongs_to_a_known_board_and_institution()
    {
        var (rio, referentie) = await LaadAsync();

        Assert.NotEmpty(rio.Onderwijsaanbieders);
        Assert.Equal(rio.Onderwijsaanbieders.Count, rio.Onderwijsaanbieders.Select(a => a.Onderwijsaanbiedercode).Distinct().Count());
        Assert.All(rio.Onderwijsaanbieders, aanbieder =>
        {
            Assert.True(Codes.IsOnderwijsaanbiedercode(aanbieder.Onderwijsaanbiedercode), aanbieder.Onderwijsaanbiedercode);
            Assert.NotNull(referentie.Bestuur(aanbieder.Onderwijsbestuurcode));
            Assert.Contains(aanbieder.Perioden, p => p.Begindatum == aanbieder.InBedrijfdatum);
            var relatie = Assert.Single(aanbieder.JuridischeRelaties);
            var instelling = referentie.Instelling(relatie.Instellingserkenningscode);
            Assert.NotNull(instelling);
            Assert.Equal(aanbieder.Onderwijsbestuurcode, instelling.Onderwijsbestuurcode);
            Assert.True(new Geldigheid(instelling.Begindatum, instelling.Einddatum).Bevat(relatie.Begindatum));
        });
        Assert.Contains(rio.Onderwijsaanbieders.GroupBy(a => a.Onderwijsbestuurcode), g => g.Count() > 1);
    }

    [Fact]
    public async Task Every_locatiegebruik_has_a_code_an_address_and_a_known_board()
    {
        var (rio, referentie) = await LaadAsync();

        Assert.Equal(rio.Onderwijslocatiegebruiken.Count, rio.Onderwijslocatiegebruiken.Select(l => l.Onderwijslocatiecode).Distinct().Count());
        Assert.All(rio.Onderwijslocatiegebruiken, gebruik =>
        {
            Assert.True(Codes.IsOnderwijslocatiecode(gebruik.Onderwijslocatiecode), gebruik.Onderwijslocatiecode);
            Assert.NotNull(gebruik.AanduidingAdres);
            Assert.NotNull(referentie.Bestuur(gebruik.Onderwijsbestuurcode));
            Assert.All(gebruik.JuridischeRelaties, r => Assert.Equal(gebruik.Onderwijsbestuurcode, referentie.Instelling(r.Instellingserkenningscode)!.Onderwijsbestuurcode));
        });
    }

    [Fact]
    public async Task Every_aangeboden_opleiding_refers_to_a_known_aanbieder_locatie_and_erkenning()
    {
        var (rio, referentie) = await LaadAsync();

        Assert.Equal(rio.AangebodenOpleidingen.Count, rio.AangebodenOpleidingen.Select(o => o.AangebodenOpleidingCode).Distinct().Count());
        Assert.All(rio.AangebodenOpleidingen, opleiding =>
        {
            var aanbieder = Assert.Single(rio.Onderwijsaanbieders, a => a.Onderwijsaanbiedercode == opleiding.Onderwijsaanbiedercode);
            Assert.Contains(rio.Onderwijslocatiegebruiken, l => l.Onderwijslocatiecode == opleiding.Onderwijslocatiecode && l.Onderwijsbestuurcode == aanbieder.Onderwijsbestuurcode);
            Assert.True(opleiding.Begindatum >= aanbieder.InBedrijfdatum);
            Assert.Contains(opleiding.Perioden, p => p.Begindatum == opleiding.Begindatum);
            Assert.Null(opleiding.OpleidingseenheidSleutel);
            if (opleiding.Soort == AangebodenOpleidingSoort.Mbo)
            {
                Assert.Equal(Sector.MBO, SectorVan(aanbieder, referentie));
                Assert.Null(opleiding.VoVakerkenningSleutel);
                var sleutel = opleiding.OpleidingserkenningSleutel!;
                var erkenning = referentie.Erkenning(sleutel.Opleidingsstelsel, sleutel.Opleidingscode);
                Assert.NotNull(erkenning);
                Assert.True(new Geldigheid(erkenning.Begindatum, erkenning.Einddatum).Bevat(opleiding.Begindatum));
                Assert.Equal(erkenning.Niveau, opleiding.MboNiveau);
                Assert.Contains(opleiding.LeertrajectMbo, new[] { "BOL", "BBL" });
                Assert.Contains(opleiding.Toelatingseisen, new[] { "JA", "NEE" });
                Assert.Equal("ALL", opleiding.Toegankelijkheid);
                Assert.NotEmpty(opleiding.Cohorten);
                Assert.All(opleiding.Cohorten, c =>
                {
                    Assert.Contains(c.Kenmerken, k => k is { Kenmerknaam: "opleidingsvorm", Type: KenmerkType.Enumeratiewaarde, Waarde: "KLASSIKAAL" });
                    Assert.True(c.Instroommoment is not null ^ c.BeginInstroomperiode is not null);
                });
            }
            else
            {
                Assert.Equal(Sector.VO, SectorVan(aanbieder, referentie));
                Assert.Null(opleiding.OpleidingserkenningSleutel);
                var sleutel = opleiding.VoVakerkenningSleutel!;
                Assert.NotNull(referentie.Vakerkenning(sleutel.Opleidingsstelsel, sleutel.Opleidingscode, sleutel.Opleidingsniveau));
                Assert.Null(opleiding.LeertrajectMbo);
                Assert.Empty(opleiding.Cohorten);
            }
        });
    }

    [Fact]
    public async Task Leerroutes_follow_the_rules_for_dlr_and_glr()
    {
        var (rio, referentie) = await LaadAsync();
        var routes = rio.AangebodenOpleidingen.Where(o => o.DoorlopendeLeerlijnVmboMbo is not null).ToList();

        Assert.All(routes, opleiding =>
        {
            Assert.Contains(opleiding.DoorlopendeLeerlijnVmboMbo, new[] { DLR, GLR });
            Assert.Contains(opleiding.Kenmerken, k => k is { Kenmerknaam: Kenmerk.DoorlopendeLeerlijnVmboMbo, Type: KenmerkType.Enumeratiewaarde });
            Assert.True(opleiding.Begindatum >= WaardenlijstGeldigVanaf);
            var partners = opleiding.Perioden.Single().Kenmerken;
            Assert.NotEmpty(partners);
            Assert.All(partners, k => Assert.Equal((Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst), (k.Kenmerknaam, k.Type)));
            var eigenSector = SectorVan(rio.Onderwijsaanbieders.Single(a => a.Onderwijsaanbiedercode == opleiding.Onderwijsaanbiedercode), referentie);
            Assert.All(opleiding.Perioden.Single().SamenwerkendeOnderwijsaanbiedercodes, code =>
            {
                var partner = Assert.Single(rio.Onderwijsaanbieders, a => a.Onderwijsaanbiedercode == code);
                Assert.NotEqual(eigenSector, SectorVan(partner, referentie));
            });
            if (opleiding.Soort == AangebodenOpleidingSoort.Mbo)
            {
                Assert.NotEqual("MBO-1", opleiding.MboNiveau);
                if (opleiding.DoorlopendeLeerlijnVmboMbo == GLR)
                {
                    Assert.Equal("MBO-2", opleiding.MboNiveau);
                }
            }
        });
    }

    [Fact]
    public async Task Every_route_is_registered_on_both_sides_except_the_half_one()
    {
        var (rio, _) = await LaadAsync();

        bool HeeftSpiegel(AangebodenOpleiding opleiding) =>
            opleiding.Perioden.Single().SamenwerkendeOnderwijsaanbiedercodes.All(partner =>
                rio.AangebodenOpleidingen.Any(o =>
                    o.Onderwijsaanbiedercode == partner
                    && o.Soort != opleiding.Soort
                    && o.DoorlopendeLeerlijnVmboMbo == opleiding.DoorlopendeLeerlijnVmboMbo
                    && o.Perioden.Single().SamenwerkendeOnderwijsaanbiedercodes.Contains(opleiding.Onderwijsaanbiedercode)));

        var routes = rio.AangebodenOpleidingen.Where(o => o.DoorlopendeLeerlijnVmboMbo is not null).ToList();
        var zonderSpiegel = routes.Where(o => !HeeftSpiegel(o)).Select(o => o.AangebodenOpleidingCode);

        Assert.Equal([HalveRoute], zonderSpiegel);
        var heleMboRoutes = routes.Where(o => o.Soort == AangebodenOpleidingSoort.Mbo && o.AangebodenOpleidingCode != HalveRoute).ToList();
        Assert.True(heleMboRoutes.Count(o => o.DoorlopendeLeerlijnVmboMbo == DLR) >= 2);
        Assert.True(heleMboRoutes.Count(o => o.DoorlopendeLeerlijnVmboMbo == GLR) >= 1);
    }
}
