using Keten.Domain.Rio;
using Keten.Domain.Rio.Regels;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>aanleveren_/verwijderen_ of opleidingseenheid (particuliere opleiding) and opleidingsrelatie.</summary>
public sealed class OpleidingseenheidHandler(RioVerwerking verwerking)
{
    public Task<VerwerkResultaat> AanleverenAsync(Opleidingseenheid eenheid, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("aanleveren_opleidingseenheid", afzender, bedrijfsdocumentId, eenheid, proefdraai, async context =>
        {
            var bestaand = eenheid.Opleidingseenheidcode is { } code
                ? await context.LaadVoorWijzigingAsync<Opleidingseenheid>(RioObjectSoort.Opleidingseenheid, code, ct)
                : null;
            var verbanden = bestaand is { Opleidingseenheidcode: { } bestaandeCode } && bestaand.Onderwijsbestuurcode == context.Bestuur
                ? await VerbandenAsync(context, bestaandeCode, ct)
                : null;
            var erkend = eenheid.Opleidingseenheidcode is { } gegeven && bestaand is null && ErkendeOpleidingseenheid.IsErkend(gegeven, context.Referentie.Huidig);
            var fouten = OpleidingseenheidRegels.Controleer(eenheid, bestaand, context.Bestuur, verbanden, erkend);
            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            var toegekend = eenheid.Opleidingseenheidcode
                ?? await context.GeefCodeUitAsync(RioObjectSoort.Opleidingseenheid, Coderuimte.Opleidingseenheid, ct);
            if (toegekend is null)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.KTN031(Coderuimte.Opleidingseenheid.Veld));
            }

            var staat = eenheid with { Opleidingseenheidcode = toegekend, Onderwijsbestuurcode = context.Bestuur };
            return (Terugkoppeling.Goedgekeurd(toegekend),
                [new Wijziging(RioObjectSoort.Opleidingseenheid, toegekend, context.Bestuur, null, RioJson.Serialize(staat), [], RioZoekvelden.Van(staat))]);
        }, ct);

    public Task<VerwerkResultaat> VerwijderenAsync(string code, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("verwijderen_opleidingseenheid", afzender, bedrijfsdocumentId, code, proefdraai, async context =>
        {
            var bestaand = await context.GetVoorWijzigingAsync(RioObjectSoort.Opleidingseenheid, code, ct);
            if (bestaand is null || bestaand.Verwijderd)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.A01070(code));
            }

            if (bestaand.Onderwijsbestuurcode != context.Bestuur)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.AUT401("opleidingseenheidcode", code));
            }

            if ((await context.VerwijzersAsync(RioObjectSoort.Opleidingseenheid, code, ct)).Count > 0)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.P01810(code));
            }

            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Opleidingseenheid, code, context.Bestuur, null, null, [])]);
        }, ct);

    public Task<VerwerkResultaat> AanleverenRelatieAsync(Opleidingsrelatie relatie, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("aanleveren_opleidingsrelatie", afzender, bedrijfsdocumentId, relatie, proefdraai, async context =>
        {
            var eenheden = await LaadEenhedenAsync(context, relatie.Opleidingseenheidcode1, relatie.Opleidingseenheidcode2, ct);
            var andere = eenheden.Count == 2
                ? await context.VerwijzersAlsAsync<Opleidingsrelatie>(RioObjectSoort.Opleidingseenheid, Eerste(relatie), RioObjectSoort.Opleidingsrelatie, ct)
                : [];
            var fouten = OpleidingseenheidRegels.ControleerRelatie(relatie, eenheden, context.Bestuur, andere);
            if (fouten.Count > 0)
            {
                return RioVerwerking.Afgekeurd(fouten);
            }

            var staat = relatie with { Onderwijsbestuurcode = context.Bestuur };
            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Opleidingsrelatie, staat.Sleutel, context.Bestuur, null, RioJson.Serialize(staat),
                [new Verwijzing(RioObjectSoort.Opleidingseenheid, relatie.Opleidingseenheidcode1), new Verwijzing(RioObjectSoort.Opleidingseenheid, relatie.Opleidingseenheidcode2)])]);
        }, ct);

    public Task<VerwerkResultaat> VerwijderenRelatieAsync(string code1, string code2, DateOnly begindatum, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct, bool proefdraai = false) =>
        verwerking.VerwerkAsync("verwijderen_opleidingsrelatie", afzender, bedrijfsdocumentId, new[] { code1, code2, begindatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, proefdraai, async context =>
        {
            var sleutel = new Opleidingsrelatie(context.Bestuur, begindatum, null, code1, code2).Sleutel;
            var bestaand = await context.GetVoorWijzigingAsync(RioObjectSoort.Opleidingsrelatie, sleutel, ct);
            if (bestaand is null || bestaand.Verwijderd)
            {
                return RioVerwerking.Afgekeurd(Foutcodes.KTN001("opleidingsrelatie", sleutel));
            }

            var eenheden = await LaadEenhedenAsync(context, code1, code2, ct);
            if (eenheden.All(e => e.Onderwijsbestuurcode != context.Bestuur))
            {
                return RioVerwerking.Afgekeurd(Foutcodes.AUT401("opleidingseenheidcode", code1));
            }

            return (Terugkoppeling.Goedgekeurd(), [new Wijziging(RioObjectSoort.Opleidingsrelatie, sleutel, bestaand.Onderwijsbestuurcode, null, null, [])]);
        }, ct);

    /// <summary>P01410, P01430: the aangeboden opleidingen on the opleidingseenheid and its relaties, read under the lock of its referrers.</summary>
    private static async Task<Opleidingseenheidverbanden> VerbandenAsync(Schrijfcontext context, string code, CancellationToken ct)
    {
        var verwijzers = await context.VerwijzersAsync(RioObjectSoort.Opleidingseenheid, code, ct);
        return new Opleidingseenheidverbanden(
            [.. verwijzers.Where(o => o.Soort == RioObjectSoort.AangebodenOpleiding).Select(o => o.Staat<AangebodenOpleiding>()).OfType<AangebodenOpleiding>()
                .Where(o => o.OpleidingseenheidSleutel == code)],
            [.. verwijzers.Where(o => o.Soort == RioObjectSoort.Opleidingsrelatie).Select(o => o.Staat<Opleidingsrelatie>()).OfType<Opleidingsrelatie>()]);
    }

    /// <summary>
    /// P04050 reads the relaties of the ordinally first of the two opleidingseenheden: two deliveries for one pair then
    /// wait on the same lock of referrers instead of each holding one.
    /// </summary>
    private static string Eerste(Opleidingsrelatie relatie) =>
        string.CompareOrdinal(relatie.Opleidingseenheidcode1, relatie.Opleidingseenheidcode2) <= 0 ? relatie.Opleidingseenheidcode1 : relatie.Opleidingseenheidcode2;

    private static async Task<IReadOnlyList<Opleidingseenheid>> LaadEenhedenAsync(Schrijfcontext context, string code1, string code2, CancellationToken ct) =>
        [.. (await context.GetManyAsync(RioObjectSoort.Opleidingseenheid, [code1, code2], ct))
            .Where(o => o.StateJson is not null)
            .Select(o => RioJson.Deserialize<Opleidingseenheid>(o.StateJson!))];
}
