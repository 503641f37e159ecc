using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>aanleveren_aangebodenOpleiding and verwijderen_aangebodenOpleiding, for every door.</summary>
public sealed class AangebodenOpleidingHandler(RioVerwerking verwerking)
{
    public Task<VerwerkResultaat> AanleverenAsync(AangebodenOpleiding ao, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("aanleveren_aangebodenOpleiding", afzender, bedrijfsdocumentId, ao, proefdraai, TeLezen(ao), async context =>
        {
            var sleutel = Sleutel(ao.AangebodenOpleidingCode);
            var bestaand = await context.LaadVoorWijzigingAsync<AangebodenOpleiding>(RioObjectSoort.AangebodenOpleiding, sleutel, ct);
            var aanbieder = await context.LaadAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, ao.Onderwijsaanbiedercode, ct);
            var partners = ao.Perioden.SelectMany(p => p.SamenwerkendeOnderwijsaanbiedercodes);
            var aanbieders = await context.BestaandAsync(RioObjectSoort.Onderwijsaanbieder, partners, ct);
            var locaties = await context.BestaandAsync(RioObjectSoort.Onderwijslocatie, ao.Onderwijslocatiecode is { } l ? [l] : [], ct);
            var eenheid = ao.OpleidingseenheidSleutel is { } e ? await context.LaadAsync<Opleidingseenheid>(RioObjectSoort.Opleidingseenheid, e, ct) : null;

            var ctx = new AangebodenOpleidingContext(context.Bestuur, context.Referentie.Huidig, bestaand, aanbieder, aanbieders, locaties, eenheid);
            var fouten = AangebodenOpleidingRegels.Controleer(ao, ctx);
            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            var wijziging = new Wijziging(RioObjectSoort.AangebodenOpleiding, sleutel, context.Bestuur, ao.Onderwijsaanbiedercode, RioJson.Serialize(ao), Verwijzingen(ao), RioZoekvelden.Van(ao));
            return (Terugkoppeling.Goedgekeurd(), [wijziging]);
        }, ct);

    public Task<VerwerkResultaat> VerwijderenAsync(Guid code, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("verwijderen_aangebodenOpleiding", afzender, bedrijfsdocumentId, Sleutel(code), proefdraai, async context =>
        {
            var sleutel = Sleutel(code);
            var bestaand = await context.GetVoorWijzigingAsync(RioObjectSoort.AangebodenOpleiding, sleutel, ct);
            if (bestaand is null || bestaand.Verwijderd)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.KTN001("aangebodenOpleidingCode", sleutel));
            }

            if (bestaand.Onderwijsbestuurcode != context.Bestuur)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.AUT401("aangebodenOpleidingCode", sleutel));
            }

            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.AangebodenOpleiding, sleutel, context.Bestuur, bestaand.Onderwijsaanbiedercode, null, [])]);
        }, ct);

    public static string Sleutel(Guid code) => code.ToString("D");

    /// <summary>
    /// What the rules of aanleveren read, read ahead in one round trip with the bedrijfsdocument claim: the offering
    /// itself (for change) and everything it refers to.
    /// </summary>
    private static List<TeLezen> TeLezen(AangebodenOpleiding ao) =>
        [new(RioObjectSoort.AangebodenOpleiding, Sleutel(ao.AangebodenOpleidingCode), VoorWijziging: true),
            .. Verwijzingen(ao).Select(v => new TeLezen(v.NaarSoort, v.NaarSleutel))];

    private static List<Verwijzing> Verwijzingen(AangebodenOpleiding ao)
    {
        var verwijzingen = new List<Verwijzing> { new(RioObjectSoort.Onderwijsaanbieder, ao.Onderwijsaanbiedercode) };
        verwijzingen.AddRange(ao.Perioden.SelectMany(p => p.SamenwerkendeOnderwijsaanbiedercodes).Distinct()
            .Where(c => c != ao.Onderwijsaanbiedercode)
            .Select(c => new Verwijzing(RioObjectSoort.Onderwijsaanbieder, c)));
        if (ao.Onderwijslocatiecode is { } locatie)
        {
            verwijzingen.Add(new Verwijzing(RioObjectSoort.Onderwijslocatie, locatie));
        }

        if (ao.OpleidingseenheidSleutel is { } eenheid)
        {
            verwijzingen.Add(new Verwijzing(RioObjectSoort.Opleidingseenheid, eenheid));
        }

        return verwijzingen;
    }
}
