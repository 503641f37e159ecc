using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Server.Tests.Infrastructure;
using Keten.Server.Tests.Storage;
using Keten.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Keten.Server.Tests.Rod;

/// <summary>
/// A store with an MBO institution (BRIN 25LZ, aanbieder 100A001) and a VO school (BRIN 12AB, aanbieder 200A002) whose
/// RIO offerings register a DLR naming each other from 2021-08-01 (gevestigd), and the enrolment handler on it.
/// </summary>
public abstract class RodKetenTestBasis(StoreKind kind, PostgresServer? postgres) : StoreTest(kind, postgres)
{
    protected const string MboBrin = "25LZ";
    protected const string VoBrin = "12AB";
    protected const string MboAanbieder = "100A001";
    protected const string VoAanbieder = "200A002";
    protected const string VoBestuurcode = "200B002";
    protected static readonly Afzender Roc = new("00000001100000001000", Bestuur);
    protected static readonly Afzender School = new("00000001200000002000", VoBestuurcode);
    protected static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990019");
    protected static readonly Guid MboDlr = Guid.Parse("6f1c0000-0000-4000-8000-000000000001");
    protected static readonly Guid VoDlr = Guid.Parse("6f1c0000-0000-4000-8000-000000000002");

    private InschrijvingHandler? handler;
    private ReferentiedataBron? referentie;
    private InschrijvingBulkverwerking? bulk;

    /// <summary>The handler's "today" (the store keeps its own clock, which cannot go back to 2024).</summary>
    protected FakeTimeProvider Kalender { get; } = new(new DateTimeOffset(2024, 8, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The reference data the handler judges by: the two institutions and their boards.</summary>
    protected ReferentiedataBron Referentie => referentie ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected InschrijvingHandler Handler => handler ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected InschrijvingBulkverwerking Bulk => bulk ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        referentie = new ReferentiedataBron();
        referentie.Vervang(new Referentiedata(
            [new(Bestuur, "ROC Test", null, Roc.Oin), new(VoBestuurcode, "VO Test", null, School.Oin)],
            [new(MboBrin, "ROC Test", Sector.MBO, Bestuur, new(1996, 8, 1), null), new(VoBrin, "VO Test", Sector.VO, VoBestuurcode, new(1990, 8, 1), null)],
            [new("CREBO", "25180", "Mediavormgever", "MBO-4", new(2016, 8, 1), null)],
            [new("ILT", "0137", "VO-VMBO-KB", "vmbo kb techniek", new(2015, 8, 1), null)],
            []));
        await CommitAsync("rio-aanbieders",
            Staat(RioObjectSoort.Onderwijsaanbieder, MboAanbieder, "{}", Bestuur, MboAanbieder),
            Staat(RioObjectSoort.Onderwijsaanbieder, VoAanbieder, "{}", VoBestuurcode, VoAanbieder));
        await LeverOpleidingAsync(Opleiding(MboDlr, AangebodenOpleidingSoort.Mbo, MboAanbieder, VoAanbieder), Bestuur);
        await LeverOpleidingAsync(Opleiding(VoDlr, AangebodenOpleidingSoort.VO, VoAanbieder, MboAanbieder), VoBestuurcode);
        handler = new InschrijvingHandler(Store, referentie, Kalender);
        bulk = new InschrijvingBulkverwerking(Store, referentie, Kalender);
    }

    protected Task<bool> LeverOpleidingAsync(AangebodenOpleiding ao, string bestuur) =>
        CommitAsync(Guid.NewGuid().ToString(), new Wijziging(RioObjectSoort.AangebodenOpleiding, ao.AangebodenOpleidingCode.ToString("D"), bestuur,
            ao.Onderwijsaanbiedercode, RioJson.Serialize(ao),
            [.. ao.Perioden.SelectMany(p => p.SamenwerkendeOnderwijsaanbiedercodes).Select(c => new Verwijzing(RioObjectSoort.Onderwijsaanbieder, c))],
            RioZoekvelden.Van(ao)));

    protected static AangebodenOpleiding Opleiding(Guid code, AangebodenOpleidingSoort soort, string aanbieder, string partner, bool metLeerlijn = true) =>
        new(code, soort, aanbieder, null, new(2021, 8, 1), null, null,
            soort == AangebodenOpleidingSoort.Mbo ? new OpleidingserkenningSleutel("CREBO", "25180") : null,
            soort == AangebodenOpleidingSoort.VO ? new VoVakerkenningSleutel("ILT", "0137", "VO-VMBO-KB") : null, null,
            [new(new(2021, 8, 1), null, null, null, [new(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, partner)])], [], null,
            metLeerlijn ? [new(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, "DLR_VMBO_MBO")] : [],
            soort == AangebodenOpleidingSoort.Mbo ? "BOL" : null, soort == AangebodenOpleidingSoort.Mbo ? "MBO-4" : null, null, null);

    protected static Inschrijving Vo(params Inschrijvingsperiode[] perioden) =>
        new(Sector.VO, VoBrin, Leerling, "V1", perioden[0].DatumBegin, null, null, null, null, perioden, [], []);

    protected static Inschrijvingsperiode VoPeriode(DateOnly begin, int leerjaar, Leerroutefase? fase) =>
        new(begin, "0137", "VO-VMBO-KB", true, VoAanbieder, Leerjaar: leerjaar, Leerroute: fase is null ? null : Leerroutesoort.DLR, Leerroutefase: fase);

    protected static Inschrijving Mbo(params Inschrijvingsperiode[] perioden) =>
        new(Sector.MBO, MboBrin, Leerling, "M1", perioden[0].DatumBegin, null, null, "04", null, perioden, [], []);

    protected static Inschrijvingsperiode MboPeriode(DateOnly begin, Leerroutefase? fase, bool bekostigbaar = true) =>
        new(begin, "25180", null, bekostigbaar, MboAanbieder, Leertraject: "BOL", Leerroute: fase is null ? null : Leerroutesoort.DLR, Leerroutefase: fase);

    protected async Task<long> TelAsync(string sql)
    {
        await using var connection = await RuweSql.OpenAsync(Database);
        return Convert.ToInt64(await RuweSql.ExecAsync(connection, null, sql), System.Globalization.CultureInfo.InvariantCulture);
    }
}
