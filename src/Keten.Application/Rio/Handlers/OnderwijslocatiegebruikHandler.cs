using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// aanleveren_onderwijslocatiegebruik and verwijderen_onderwijslocatiegebruik. A gebruik that names a new
/// place (address, GPS or plaats) creates the onderwijslocatie and gets its code issued.
/// </summary>
public sealed class OnderwijslocatiegebruikHandler(RioVerwerking verwerking)
{
    public Task<Terugkoppeling> AanleverenAsync(Onderwijslocatiegebruik gebruik, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        verwerking.VerwerkAsync("aanleveren_onderwijslocatiegebruik", afzender, bedrijfsdocumentId, async bestuur =>
        {
            var locatieBekend = gebruik.Onderwijslocatiecode is { } code
                && (await verwerking.BestaandAsync(RioObjectSoort.Onderwijslocatie, [code], ct)).Count == 1;
            var nieuweLocatieMetCode = afzender.DuoBeheer && !locatieBekend && gebruik.Onderwijslocatiecode is not null
                && await verwerking.Store.GetAsync(RioObjectSoort.Onderwijslocatie, gebruik.Onderwijslocatiecode, ct) is null;
            var fouten = OnderwijslocatiegebruikRegels.Controleer(gebruik, bestuur, verwerking.Referentie.Huidig, locatieBekend || nieuweLocatieMetCode);
            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            var wijzigingen = new List<Wijziging>();
            var locatiecode = gebruik.Onderwijslocatiecode;
            if (locatiecode is null || nieuweLocatieMetCode)
            {
                locatiecode ??= await verwerking.GeefCodeUitAsync(RioObjectSoort.Onderwijslocatie, $"locatie:{bestuur}", n => $"{bestuur[..3]}X{n % 1000:000}", ct);
                var locatie = new Onderwijslocatie(locatiecode, gebruik.AanduidingAdres, gebruik.AanduidingGps, gebruik.AanduidingPlaats);
                wijzigingen.Add(new Wijziging(RioObjectSoort.Onderwijslocatie, locatiecode, bestuur, null, RioJson.Serialize(locatie), [], RioZoekvelden.Van(locatie)));
            }

            var staat = gebruik with { Onderwijslocatiecode = locatiecode };
            wijzigingen.Add(new Wijziging(RioObjectSoort.Onderwijslocatiegebruik, Sleutel(bestuur, locatiecode), bestuur, null, RioJson.Serialize(staat),
                [new Verwijzing(RioObjectSoort.Onderwijslocatie, locatiecode)], RioZoekvelden.Van(staat)));
            return (Terugkoppeling.Goedgekeurd(locatiecode), wijzigingen);
        }, ct);

    public Task<Terugkoppeling> VerwijderenAsync(string bestuurcode, string locatiecode, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        verwerking.VerwerkAsync("verwijderen_onderwijslocatiegebruik", afzender, bedrijfsdocumentId, async bestuur =>
        {
            if (verwerking.Referentie.Huidig.Bestuur(bestuurcode) is null)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.A01110(bestuurcode));
            }

            if (bestuurcode != bestuur)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.AUT401("onderwijsbestuurcode", bestuurcode));
            }

            if ((await verwerking.BestaandAsync(RioObjectSoort.Onderwijslocatie, [locatiecode], ct)).Count == 0)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.A01060(locatiecode));
            }

            var sleutel = Sleutel(bestuurcode, locatiecode);
            if (await verwerking.Store.GetAsync(RioObjectSoort.Onderwijslocatiegebruik, sleutel, ct) is not { Verwijderd: false })
            {
                return RioVerwerking.Afgekeurd(Foutcodes.A01130(bestuurcode, locatiecode));
            }

            var inGebruik = (await verwerking.Store.VerwijzersAsync(RioObjectSoort.Onderwijslocatie, locatiecode, ct))
                .Any(o => o.Soort == RioObjectSoort.AangebodenOpleiding && o.Onderwijsbestuurcode == bestuur);
            if (inGebruik)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.KTN002(locatiecode));
            }

            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Onderwijslocatiegebruik, sleutel, bestuur, null, null, [])]);
        }, ct);

    public static string Sleutel(string bestuurcode, string locatiecode) => $"{bestuurcode}|{locatiecode}";
}
