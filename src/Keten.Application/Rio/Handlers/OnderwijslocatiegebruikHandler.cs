using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// aanleveren_onderwijslocatiegebruik and verwijderen_onderwijslocatiegebruik. A gebruik that names a new
/// place (address, GPS or plaats) creates the onderwijslocatie and gets its code issued; one that names a location by
/// its code is that board's gebruik of it, new or changed (Keten keys a gebruik by board and location, so the
/// combination is unique by construction). An address the board already uses a location at is refused (N01020).
/// </summary>
public sealed class OnderwijslocatiegebruikHandler(RioVerwerking verwerking)
{
    public Task<VerwerkResultaat> AanleverenAsync(Onderwijslocatiegebruik gebruik, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("aanleveren_onderwijslocatiegebruik", afzender, bedrijfsdocumentId, gebruik, proefdraai, async context =>
        {
            var locatieBekend = gebruik.Onderwijslocatiecode is { } code
                && (await context.BestaandAsync(RioObjectSoort.Onderwijslocatie, [code], ct)).Count == 1;
            var nieuweLocatieMetCode = afzender.DuoBeheer && !locatieBekend && gebruik.Onderwijslocatiecode is not null
                && await context.GetAsync(RioObjectSoort.Onderwijslocatie, gebruik.Onderwijslocatiecode, ct) is null;
            var nieuweLocatie = gebruik.Onderwijslocatiecode is null || nieuweLocatieMetCode;
            var adresAlInGebruik = nieuweLocatie && gebruik.AanduidingAdres is { } adres ? await AdresInGebruikAsync(context, adres, ct) : null;
            var fouten = OnderwijslocatiegebruikRegels.Controleer(gebruik, context.Bestuur, context.Referentie.Huidig, locatieBekend || nieuweLocatieMetCode, adresAlInGebruik);
            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            var wijzigingen = new List<Wijziging>();
            var locatiecode = gebruik.Onderwijslocatiecode;
            if (locatiecode is null || nieuweLocatie)
            {
                locatiecode ??= await context.GeefCodeUitAsync(RioObjectSoort.Onderwijslocatie, Coderuimte.Onderwijslocatie, ct);
                if (locatiecode is null)
                {
                    return RioVerwerking.Afgekeurd(Foutcodes.KTN031(Coderuimte.Onderwijslocatie.Veld));
                }

                var locatie = new Onderwijslocatie(locatiecode, gebruik.AanduidingAdres, gebruik.AanduidingGps, gebruik.AanduidingPlaats);
                wijzigingen.Add(new Wijziging(RioObjectSoort.Onderwijslocatie, locatiecode, context.Bestuur, null, RioJson.Serialize(locatie), [], RioZoekvelden.Van(locatie)));
            }

            var staat = gebruik with { Onderwijslocatiecode = locatiecode };
            wijzigingen.Add(new Wijziging(RioObjectSoort.Onderwijslocatiegebruik, Sleutel(context.Bestuur, locatiecode), context.Bestuur, null, RioJson.Serialize(staat),
                [new Verwijzing(RioObjectSoort.Onderwijslocatie, locatiecode)], RioZoekvelden.Van(staat)));
            return (Terugkoppeling.Goedgekeurd(locatiecode), wijzigingen);
        }, ct);

    public Task<VerwerkResultaat> VerwijderenAsync(string bestuurcode, string locatiecode, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("verwijderen_onderwijslocatiegebruik", afzender, bedrijfsdocumentId, new[] { bestuurcode, locatiecode }, proefdraai, async context =>
        {
            if (context.Referentie.Huidig.Bestuur(bestuurcode) is null)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.A01110(bestuurcode));
            }

            if (bestuurcode != context.Bestuur)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.AUT401("onderwijsbestuurcode", bestuurcode));
            }

            if ((await context.BestaandAsync(RioObjectSoort.Onderwijslocatie, [locatiecode], ct)).Count == 0)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.A01060(locatiecode));
            }

            var sleutel = Sleutel(bestuurcode, locatiecode);
            if (await context.GetVoorWijzigingAsync(RioObjectSoort.Onderwijslocatiegebruik, sleutel, ct) is not { Verwijderd: false })
            {
                return RioVerwerking.Afgekeurd(Foutcodes.A01130(bestuurcode, locatiecode));
            }

            var inGebruik = (await context.VerwijzersAsync(RioObjectSoort.Onderwijslocatie, locatiecode, ct))
                .Any(o => o.Soort == RioObjectSoort.AangebodenOpleiding && o.Onderwijsbestuurcode == context.Bestuur);
            if (inGebruik)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.KTN002(locatiecode));
            }

            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Onderwijslocatiegebruik, sleutel, context.Bestuur, null, null, [])]);
        }, ct);

    public static string Sleutel(string bestuurcode, string locatiecode) => $"{bestuurcode}|{locatiecode}";

    /// <summary>
    /// N01020: the onderwijslocatie at this address that the sending board already uses, or null. The address is locked
    /// until the message commits (<see cref="IRioTransactie.LocatiesOpAdresAsync"/>), so a second message for the same
    /// address, on any process, waits and then finds the location this one creates.
    /// </summary>
    private static async Task<string?> AdresInGebruikAsync(Schrijfcontext context, AanduidingAdres adres, CancellationToken ct)
    {
        foreach (var locatie in await context.LocatiesOpAdresAsync(RioZoekvelden.Adres(adres), ct))
        {
            if (await context.GetAsync(RioObjectSoort.Onderwijslocatiegebruik, Sleutel(context.Bestuur, locatie.Sleutel), ct) is { Verwijderd: false })
            {
                return locatie.Sleutel;
            }
        }

        return null;
    }
}
