using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Storage;
using Keten.Storage.Rod;
using Keten.Domain.Gemeenschappelijk;

namespace Keten.Application.Rod;

/// <summary>
/// The identificatieverzoek for every door: a school's data of a person in, the person's number out. Keten has no BRP
/// link: its own persons register (rod_persoon) is searched, and that search is the seam where a BRP lookup would go.
/// One match gives that person's number (a BSN when the register knows one); none gives a new onderwijsnummer, registered
/// with the data so that the same request later, from any school, finds it; several give ROD074. One write transaction,
/// the person's data locked, so two concurrent requests for one person get one number.
/// </summary>
public sealed class IdentificatieHandler(IKetenStore store, TimeProvider tijd)
{
    public const string Operatie = "identificatieverzoek";
    private const string Reeks = "onderwijsnummer";

    public async Task<Identificatieantwoord> IdentificerenAsync(Persoonsgegevens gegevens, Afzender afzender, string? bedrijfsdocumentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        ArgumentNullException.ThrowIfNull(afzender);
        var digest = BerichtDigest.Van(Operatie, afzender.Oin, gegevens);
        return await store.SchrijfAsync(async (transactie, token) =>
        {
            if (await Bedrijfsdocumentclaim.ClaimAsync(transactie, Operatie, afzender, bedrijfsdocumentId, digest, [], token) is { } herhaling)
            {
                return RioJson.Deserialize<Identificatieantwoord>(herhaling);
            }

            var (antwoord, rod) = afzender.Onderwijsbestuurcode is null
                ? (Identificatieantwoord.Afgekeurd(Foutcodes.AUT401("oin", afzender.Oin)), null)
                : await IdentificeerAsync(transactie, gegevens, token);
            await transactie.VastleggenAlsLaatsteAsync(new Commit(bedrijfsdocumentId, Operatie, RioJson.Serialize(antwoord), [], rod, Auditbronnen.Van(afzender)), token);
            return antwoord;
        }, ct);
    }

    private async Task<(Identificatieantwoord, RodCommit?)> IdentificeerAsync(IRioTransactie transactie, Persoonsgegevens gegevens, CancellationToken ct)
    {
        var fouten = PersoonsgegevensRegels.Controleer(gegevens, tijd.Vandaag());
        if (fouten.Count > 0)
        {
            return (new Identificatieantwoord(false, fouten, null, false), null);
        }

        var (uitkomst, gevonden) = Identificatiebesluit.Neem(gegevens, await transactie.Rod.ZoekPersonenAsync(gegevens, ct));
        switch (uitkomst)
        {
            case Identificatieuitkomst.Gevonden:
                return (Identificatieantwoord.Gevonden(gevonden!.Value, nieuw: false), null);
            case Identificatieuitkomst.NietEenduidig:
                return (Identificatieantwoord.Afgekeurd(RodFoutcodes.ROD074()), null);
        }

        if (await NieuwOnderwijsnummerAsync(transactie, ct) is not { } nummer)
        {
            return (Identificatieantwoord.Afgekeurd(RodFoutcodes.ROD075()), null);
        }

        var persoon = Persoonsnummer.Onderwijsnummer(nummer);
        return (Identificatieantwoord.Gevonden(persoon, nieuw: true), new RodCommit([], [], [], [new GeregistreerdPersoon(persoon, gegevens)]));
    }

    private static async Task<string?> NieuwOnderwijsnummerAsync(IRioTransactie transactie, CancellationToken ct)
    {
        while (await transactie.VolgendNummerAsync(Reeks, ct) is var volgnummer && volgnummer <= Onderwijsnummers.Hoogste)
        {
            // The sequence is the register's only issuer; a number registered otherwise (loaded, generated) is skipped.
            if (Onderwijsnummers.Voor(volgnummer) is { } nummer && !(await transactie.Rod.LeesPersoonAsync(Persoonsnummer.Onderwijsnummer(nummer), ct)).PersoonBekend)
            {
                return nummer;
            }
        }

        return null;
    }
}
