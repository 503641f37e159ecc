using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>aanleveren_/verwijderen_ of opleidingseenheid (particuliere opleiding) and opleidingsrelatie.</summary>
public sealed class OpleidingseenheidHandler(RioVerwerking verwerking)
{
    public Task<Terugkoppeling> AanleverenAsync(Opleidingseenheid eenheid, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        verwerking.VerwerkAsync("aanleveren_opleidingseenheid", afzender, bedrijfsdocumentId, async bestuur =>
        {
            var bestaand = eenheid.Opleidingseenheidcode is { } code
                ? await verwerking.LaadAsync<Opleidingseenheid>(RioObjectSoort.Opleidingseenheid, code, ct)
                : null;
            var fouten = OpleidingseenheidRegels.Controleer(eenheid, bestaand, bestuur);
            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            var toegekend = eenheid.Opleidingseenheidcode
                ?? await verwerking.GeefCodeUitAsync(RioObjectSoort.Opleidingseenheid, $"opleidingseenheid:{bestuur}", n => $"1{bestuur[..3]}O{n % 10000:0000}", ct);
            var staat = eenheid with { Opleidingseenheidcode = toegekend, Onderwijsbestuurcode = bestuur };
            return (Terugkoppeling.Goedgekeurd(toegekend),
                [new Wijziging(RioObjectSoort.Opleidingseenheid, toegekend, bestuur, null, RioJson.Serialize(staat), [], RioZoekvelden.Van(staat))]);
        }, ct);

    public Task<Terugkoppeling> VerwijderenAsync(string code, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        verwerking.VerwerkAsync("verwijderen_opleidingseenheid", afzender, bedrijfsdocumentId, async bestuur =>
        {
            var bestaand = await verwerking.Store.GetAsync(RioObjectSoort.Opleidingseenheid, code, ct);
            if (bestaand is null || bestaand.Verwijderd)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.A01070(code));
            }

            if (bestaand.Onderwijsbestuurcode != bestuur)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.AUT401("opleidingseenheidcode", code));
            }

            if ((await verwerking.Store.VerwijzersAsync(RioObjectSoort.Opleidingseenheid, code, ct)).Count > 0)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.P01810(code));
            }

            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Opleidingseenheid, code, bestuur, null, null, [])]);
        }, ct);

    public Task<Terugkoppeling> AanleverenRelatieAsync(Opleidingsrelatie relatie, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        verwerking.VerwerkAsync("aanleveren_opleidingsrelatie", afzender, bedrijfsdocumentId, async bestuur =>
        {
            var eenheden = await LaadEenhedenAsync(relatie.Opleidingseenheidcode1, relatie.Opleidingseenheidcode2, ct);
            var fouten = OpleidingseenheidRegels.ControleerRelatie(relatie, eenheden, bestuur);
            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            var staat = relatie with { Onderwijsbestuurcode = bestuur };
            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Opleidingsrelatie, staat.Sleutel, bestuur, null, RioJson.Serialize(staat),
                [new Verwijzing(RioObjectSoort.Opleidingseenheid, relatie.Opleidingseenheidcode1), new Verwijzing(RioObjectSoort.Opleidingseenheid, relatie.Opleidingseenheidcode2)])]);
        }, ct);

    public Task<Terugkoppeling> VerwijderenRelatieAsync(string code1, string code2, DateOnly begindatum, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct) =>
        verwerking.VerwerkAsync("verwijderen_opleidingsrelatie", afzender, bedrijfsdocumentId, async bestuur =>
        {
            var sleutel = new Opleidingsrelatie(bestuur, begindatum, null, code1, code2).Sleutel;
            var bestaand = await verwerking.Store.GetAsync(RioObjectSoort.Opleidingsrelatie, sleutel, ct);
            if (bestaand is null || bestaand.Verwijderd)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.KTN001("opleidingsrelatie", sleutel));
            }

            var eenheden = await LaadEenhedenAsync(code1, code2, ct);
            if (eenheden.All(e => e.Onderwijsbestuurcode != bestuur))
            {
                return RioVerwerking.Afgekeurd(Foutcodes.AUT401("opleidingseenheidcode", code1));
            }

            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Opleidingsrelatie, sleutel, bestaand.Onderwijsbestuurcode, null, null, [])]);
        }, ct);

    private async Task<IReadOnlyList<Opleidingseenheid>> LaadEenhedenAsync(string code1, string code2, CancellationToken ct) =>
        [.. (await verwerking.Store.GetManyAsync(RioObjectSoort.Opleidingseenheid, [code1, code2], ct))
            .Where(o => o.StateJson is not null)
            .Select(o => RioJson.Deserialize<Opleidingseenheid>(o.StateJson!))];
}
