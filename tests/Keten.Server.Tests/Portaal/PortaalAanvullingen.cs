using Keten.Domain.Gemeenschappelijk;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Application.Verzuim;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Verzuim;
using Keten.Server.Tests.Rod;
using Keten.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// The arrange steps of <see cref="PortaalAanvullingenTests"/>, through the handlers every door uses: a second
/// aanbieder of ROC Voorbeeld (100B001) with its own DLR to Zuidrand Vakcollege (110A004), gevestigd on both sides, and
/// an MBO enrolment at 99MA under that aanbieder.
/// </summary>
internal static class PortaalAanvullingen
{
    public static readonly Persoonsnummer TweedeLeerling = Persoonsnummer.Bsn("999990056");

    private static readonly Afzender RocVoorbeeldCertificaat = new(RocVoorbeeldOin, RocVoorbeeld);

    /// <summary>Registers the second aanbieder and its route; answers the code RIO issued it.</summary>
    public static async Task<string> TweedeAanbiederMetLeerrouteAsync(PortaalServer server)
    {
        var diensten = server.Server.Services;
        var aanbieders = diensten.GetRequiredService<OnderwijsaanbiederHandler>();
        var opleidingen = diensten.GetRequiredService<AangebodenOpleidingHandler>();
        var store = diensten.GetRequiredService<IKetenStore>();
        var begin = new DateOnly(2019, 8, 1);
        var aanbieder = new Onderwijsaanbieder(null, RocVoorbeeld, begin, null, [new OnderwijsaanbiederPeriode(begin, "ROC Voorbeeld Techniek", null, [])],
            [new JuridischeRelatie("99MA", begin, null)], []);
        var code = Goedgekeurd(await aanbieders.AanleverenAsync(aanbieder, RocVoorbeeldCertificaat, null, CancellationToken.None)).ToegekendeCode!;

        var mbo = await DemoOpleidingAsync(store, "a0000000-0000-4000-8000-000000000001");
        Goedgekeurd(await opleidingen.AanleverenAsync(mbo with { AangebodenOpleidingCode = Guid.NewGuid(), Onderwijsaanbiedercode = code },
            RocVoorbeeldCertificaat, null, CancellationToken.None));
        var vo = await DemoOpleidingAsync(store, "b0000000-0000-4000-8000-000000000001");
        var partner = new Kenmerk(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, code);
        Goedgekeurd(await opleidingen.AanleverenAsync(vo with { Perioden = [.. vo.Perioden.Select(p => p with { Kenmerken = [.. p.Kenmerken, partner] })] },
            new Afzender(ZuidrandOin, Zuidrand), null, CancellationToken.None));
        return code;
    }

    /// <summary>An MBO enrolment at 99MA (volgnummer M2) under <paramref name="aanbieder"/>, in fase VO of the route without a VO enrolment: KS006.</summary>
    public static async Task MboBijAanbiederAsync(PortaalServer server, string aanbieder)
    {
        var periode = DemoDlr.MboPeriode(PortaalInschrijvingen.Schooljaarbegin, Leerroutefase.VO) with { Onderwijsaanbiedercode = aanbieder };
        var inschrijving = DemoDlr.Mbo(TweedeLeerling, periode) with { Inschrijvingvolgnummer = "M2" };
        var handler = server.Server.Services.GetRequiredService<InschrijvingHandler>();
        var terugkoppeling = await handler.VerwerkAsync(Inschrijvingmutatie.Toevoegen(inschrijving), RocVoorbeeldCertificaat, null, CancellationToken.None);
        Assert.True(terugkoppeling.LeveringGoedgekeurd, string.Join("; ", terugkoppeling.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
    }

    private static async Task<AangebodenOpleiding> DemoOpleidingAsync(IKetenStore store, string code) =>
        await store.LaadAsync<AangebodenOpleiding>(RioObjectSoort.AangebodenOpleiding, code, CancellationToken.None)
            ?? throw new InvalidOperationException($"Demo offering {code} is missing.");

    private static Terugkoppeling Goedgekeurd(VerwerkResultaat resultaat)
    {
        Assert.True(resultaat.Antwoord.RequestGoedgekeurd, string.Join("; ", resultaat.Antwoord.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
        return resultaat.Antwoord;
    }

    /// <summary>
    /// A 16 uur report by 99MA without einddatum (the absence continues) for <see cref="TweedeLeerling"/>, enrolled there
    /// without a leerroute; answers its begindatum.
    /// </summary>
    public static async Task<DateOnly> ZestienUurZonderEinddatumAsync(PortaalServer server)
    {
        await PortaalInschrijvingen.MboAsync(server, null, leerling: TweedeLeerling);
        var vandaag = TimeProvider.System.Vandaag();
        var begin = vandaag.AddDays(-3) < PortaalInschrijvingen.Schooljaarbegin ? PortaalInschrijvingen.Schooljaarbegin : vandaag.AddDays(-3);
        var handler = server.Server.Services.GetRequiredService<VerzuimHandler>();
        var antwoord = await handler.MeldenAsync(new Verzuimmelding(TweedeLeerling, "99MA", Verzuimsoort.ZestienUur, begin, "0344", Uren: 16),
            RocVoorbeeldCertificaat, null, CancellationToken.None);
        Assert.True(antwoord.Goedgekeurd, string.Join("; ", antwoord.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
        return begin;
    }

    /// <summary>ROC Voorbeeld delivers a BOL enrolment at 99MA from 2026-08-01, so MBO bekostigingsjaar 2028 counts it.</summary>
    public static async Task BekostigdeInschrijvingAsync(PortaalServer server, string bsn)
    {
        var inschrijving = DemoDlr.Mbo(Persoonsnummer.Bsn(bsn), DemoDlr.MboPeriode(new DateOnly(2026, 8, 1), null)) with { Inschrijvingvolgnummer = "M" + bsn[^3..] };
        var handler = server.Server.Services.GetRequiredService<InschrijvingHandler>();
        var terugkoppeling = await handler.VerwerkAsync(Inschrijvingmutatie.Toevoegen(inschrijving), RocVoorbeeldCertificaat, null, CancellationToken.None);
        Assert.True(terugkoppeling.LeveringGoedgekeurd, string.Join("; ", terugkoppeling.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
    }
}
