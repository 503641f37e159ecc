using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Storage;
using Keten.Storage.Audit;
using Keten.Storage.Rod;

namespace Keten.Application.Rod;

/// <summary>A person with a BSN and its data as a BRP extract would give them (the file `keten rod personen laden` reads).</summary>
public sealed record BrpPersoon(string Burgerservicenummer, Persoonsgegevens Gegevens);

/// <summary>
/// Fills Keten's persons register with BSN persons and their data, the stand-in for a BRP link (docs/rod.md, "Persons"):
/// after loading, an identificatieverzoek with matching data answers with the BSN. A person already registered gets the
/// loaded data. Invalid entries are reported with their position and code and skipped; the rest load in transactions of
/// <see cref="Deel"/> persons.
/// </summary>
public sealed class Personenregister(IKetenStore store, TimeProvider tijd)
{
    public const int Deel = 1000;

    public async Task<(int Geladen, IReadOnlyList<(int Positie, Foutmelding Fout)> Fouten)> LadenAsync(IReadOnlyList<BrpPersoon> personen, Auditbron door, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(personen);
        var vandaag = tijd.Vandaag();
        var fouten = new List<(int, Foutmelding)>();
        var geldig = new List<GeregistreerdPersoon>();
        for (var i = 0; i < personen.Count; i++)
        {
            var p = personen[i];
            var bezwaren = Persoonsnummer.IsGeldigBsn(p.Burgerservicenummer) ? PersoonsgegevensRegels.Controleer(p.Gegevens, vandaag) : [RodFoutcodes.ROD002("burgerservicenummer")];
            if (bezwaren.Count > 0)
            {
                fouten.AddRange(bezwaren.Select(f => (i + 1, f)));
            }
            else
            {
                geldig.Add(new GeregistreerdPersoon(Persoonsnummer.Bsn(p.Burgerservicenummer), p.Gegevens));
            }
        }

        foreach (var deel in geldig.Chunk(Deel))
        {
            await store.SchrijfAsync((transactie, token) =>
                transactie.VastleggenAlsLaatsteAsync(new Commit(null, "personen_laden", "{}", [], new RodCommit([], [], [], deel), door), token), ct);
        }

        return (geldig.Count, fouten);
    }
}
