using Keten.Application.Rio;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rod;
using Keten.Storage;
using Keten.Storage.Rod;

namespace Keten.Application.Rod;

/// <summary>
/// A school's search of its own enrolments: at one of its instellingen (or all of them), of one person, enrolled on a
/// day ("about day Y"), as known at a moment ("as known on X"). The person's number travels in the body, never in a URL.
/// </summary>
public sealed record InschrijvingZoekopdracht(string? Brin = null, Persoonsnummer? Persoon = null, DateOnly? Peildatum = null, DateTimeOffset? BekendOp = null, int Pagina = 0);

public sealed record InschrijvingZoekresultaat(IReadOnlyList<Foutmelding> Foutmeldingen, Pagina<OpgeslagenInschrijving>? Inschrijvingen);

public sealed class InschrijvingQueries(IKetenStore store, ReferentiedataBron referentie)
{
    public const int Paginagrootte = 500;

    public async Task<InschrijvingZoekresultaat> ZoekenAsync(string onderwijsbestuurcode, InschrijvingZoekopdracht opdracht, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(opdracht);
        var eigen = referentie.Huidig.BrinsVanBestuur(onderwijsbestuurcode);
        var fouten = new List<Foutmelding>();
        if (opdracht.Brin is { } brin && !eigen.Contains(brin, StringComparer.Ordinal))
        {
            fouten.Add(RodFoutcodes.ROD004(brin));
        }

        if (opdracht.Persoon is { IsGeldig: false } persoon)
        {
            fouten.Add(RodFoutcodes.ROD002(persoon.Veldnaam));
        }

        if (fouten.Count > 0)
        {
            return new InschrijvingZoekresultaat(fouten, null);
        }

        var vraag = new InschrijvingZoekvraag(opdracht.Brin is { } b ? [b] : eigen, opdracht.Persoon, opdracht.Peildatum, opdracht.BekendOp);
        return new InschrijvingZoekresultaat([], await store.ZoekInschrijvingenAsync(vraag, Math.Max(0, opdracht.Pagina), Paginagrootte, ct));
    }
}
