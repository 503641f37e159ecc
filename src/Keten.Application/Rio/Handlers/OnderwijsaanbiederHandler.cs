using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>aanleveren_onderwijsaanbieder (new or existing) and verwijderen_onderwijsaanbieder.</summary>
public sealed class OnderwijsaanbiederHandler(RioVerwerking verwerking)
{
    public Task<VerwerkResultaat> AanleverenAsync(Onderwijsaanbieder aanbieder, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("aanleveren_onderwijsaanbieder", afzender, bedrijfsdocumentId, aanbieder, proefdraai, async context =>
        {
            var bestaand = aanbieder.Onderwijsaanbiedercode is { } code
                ? await context.LaadVoorWijzigingAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, code, ct)
                : null;
            var codeVrij = afzender.DuoBeheer && aanbieder.Onderwijsaanbiedercode is { } c
                && await context.GetAsync(RioObjectSoort.Onderwijsaanbieder, c, ct) is null;
            // N04430: its own offerings (not those naming it as samenwerkend), read under the lock of its referrers.
            var opleidingen = bestaand is not null && bestaand.Onderwijsbestuurcode == context.Bestuur && aanbieder.Onderwijsaanbiedercode is { } eigen
                ? (await context.VerwijzersAlsAsync<AangebodenOpleiding>(RioObjectSoort.Onderwijsaanbieder, eigen, RioObjectSoort.AangebodenOpleiding, ct))
                    .Where(o => o.Onderwijsaanbiedercode == eigen).ToList()
                : [];
            var fouten = OnderwijsaanbiederRegels.Controleer(aanbieder, bestaand, context.Bestuur, context.Referentie.Huidig, codeVrij, opleidingen);
            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            var nieuw = bestaand is null;
            var toegekend = aanbieder.Onderwijsaanbiedercode
                ?? await context.GeefCodeUitAsync(RioObjectSoort.Onderwijsaanbieder, Coderuimte.Onderwijsaanbieder, ct);
            if (toegekend is null)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.KTN031(Coderuimte.Onderwijsaanbieder.Veld));
            }

            var staat = aanbieder with { Onderwijsaanbiedercode = toegekend };
            return (Terugkoppeling.Goedgekeurd(nieuw ? toegekend : null),
                [new Wijziging(RioObjectSoort.Onderwijsaanbieder, toegekend, context.Bestuur, toegekend, RioJson.Serialize(staat), [], RioZoekvelden.Van(staat))]);
        }, ct);

    public Task<VerwerkResultaat> VerwijderenAsync(string code, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("verwijderen_onderwijsaanbieder", afzender, bedrijfsdocumentId, code, proefdraai, async context =>
        {
            var bestaand = await context.GetVoorWijzigingAsync(RioObjectSoort.Onderwijsaanbieder, code, ct);
            if (bestaand is null || bestaand.Verwijderd)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.KTN001("onderwijsaanbiedercode", code));
            }

            if (bestaand.Onderwijsbestuurcode != context.Bestuur)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.AUT401("onderwijsaanbiedercode", code));
            }

            var fouten = new List<Foutmelding>();
            if ((await context.VerwijzersAsync(RioObjectSoort.Onderwijsaanbieder, code, ct)).Count > 0)
            {
                fouten.Add(Foutcodes.N04810(code));
            }

            // Under the exclusive lock GetVoorWijzigingAsync took: an enrolment naming the aanbieder committed before, or waits and finds it gone.
            if (await context.AanbiederInInschrijvingenAsync(code, ct))
            {
                fouten.Add(Foutcodes.N04820(code));
            }

            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Onderwijsaanbieder, code, context.Bestuur, code, null, [])]);
        }, ct);
}
