using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>aanleveren_onderwijsaanbieder (new or existing) and verwijderen_onderwijsaanbieder.</summary>
public sealed class OnderwijsaanbiederHandler(RioVerwerking verwerking)
{
    public Task<Terugkoppeling> AanleverenAsync(Onderwijsaanbieder aanbieder, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        verwerking.VerwerkAsync("aanleveren_onderwijsaanbieder", afzender, bedrijfsdocumentId, async bestuur =>
        {
            var bestaand = aanbieder.Onderwijsaanbiedercode is { } code
                ? await verwerking.LaadAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, code, ct)
                : null;
            var codeVrij = afzender.DuoBeheer && aanbieder.Onderwijsaanbiedercode is { } c
                && await verwerking.Store.GetAsync(RioObjectSoort.Onderwijsaanbieder, c, ct) is null;
            var fouten = OnderwijsaanbiederRegels.Controleer(aanbieder, bestaand, bestuur, verwerking.Referentie.Huidig, codeVrij);
            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            var nieuw = bestaand is null;
            var toegekend = aanbieder.Onderwijsaanbiedercode
                ?? await verwerking.GeefCodeUitAsync(RioObjectSoort.Onderwijsaanbieder, $"aanbieder:{bestuur}", n => $"{bestuur[..3]}A{n % 1000:000}", ct);
            var staat = aanbieder with { Onderwijsaanbiedercode = toegekend };
            return (Terugkoppeling.Goedgekeurd(nieuw ? toegekend : null),
                [new Wijziging(RioObjectSoort.Onderwijsaanbieder, toegekend, bestuur, toegekend, RioJson.Serialize(staat), [], RioZoekvelden.Van(staat))]);
        }, ct);

    public Task<Terugkoppeling> VerwijderenAsync(string code, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        verwerking.VerwerkAsync("verwijderen_onderwijsaanbieder", afzender, bedrijfsdocumentId, async bestuur =>
        {
            var bestaand = await verwerking.Store.GetAsync(RioObjectSoort.Onderwijsaanbieder, code, ct);
            if (bestaand is null || bestaand.Verwijderd)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.KTN001("onderwijsaanbiedercode", code));
            }

            if (bestaand.Onderwijsbestuurcode != bestuur)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.AUT401("onderwijsaanbiedercode", code));
            }

            if ((await verwerking.Store.VerwijzersAsync(RioObjectSoort.Onderwijsaanbieder, code, ct)).Count > 0)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.N04810(code));
            }

            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Onderwijsaanbieder, code, bestuur, code, null, [])]);
        }, ct);
}
