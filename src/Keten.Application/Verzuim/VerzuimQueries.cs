using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Toegang;
using Keten.Domain.Verzuim;
using Keten.Storage;
using Keten.Storage.Verzuim;

namespace Keten.Application.Verzuim;

/// <summary>
/// The verzuimregister's reads: a school's own reports and a municipality's inhabitants' reports as change feeds in
/// commit order (docs/decisions/0005), one report by id for its school or municipality, and the 16-hour count.
/// </summary>
public sealed class VerzuimQueries(IKetenStore store, ReferentiedataBron referentie, Instellingsbevoegdheid bevoegdheid)
{
    public const int Paginagrootte = 500;

    /// <summary>The feed of the caller: the reports of its board's instellingen it may report for, or, for a municipality's OIN, its inhabitants'; null when the caller is neither.</summary>
    public async Task<Pagina<Verzuimfeeditem>?> GewijzigdAsync(Afzender afzender, Verzuimpartij partij, DateTimeOffset na, int pagina, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        var feed = await FeedAsync(afzender, partij, ct);
        if (feed is null)
        {
            return null;
        }

        var mutaties = await store.Verzuim.MutatiesAsync(feed, na, pagina, Paginagrootte, ct);
        return new Pagina<Verzuimfeeditem>([.. mutaties.Items.Select(m => new Verzuimfeeditem(VerzuimRijen.Lees(m.Melding), m.GewijzigdOp))], mutaties.AantalResultaten);
    }

    /// <summary>
    /// The 16-hour count over the hours a school delivers (no pupil named: the count needs none), school holidays of the
    /// given region excluded: every time the threshold was reached, with its begindatum, einddatum and deadline.
    /// </summary>
    public (IReadOnlyList<Drempelmoment>? Momenten, IReadOnlyList<Foutmelding> Fouten) Drempel(Drempelvraag vraag)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        var fouten = new List<Foutmelding>();
        if (vraag.Vakantieregio is { } regio && !Vakantieregio.IsGeldig(regio))
        {
            fouten.Add(VerzuimFoutcodes.VZM015(regio));
        }

        var gezien = new HashSet<DateOnly>();
        for (var i = 0; i < vraag.Uren.Count; i++)
        {
            if (vraag.Uren[i].Uren is <= 0 or > 24 || !gezien.Add(vraag.Uren[i].Datum))
            {
                fouten.Add(VerzuimFoutcodes.VZM014(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"uren[{i}]")));
            }
        }

        if (fouten.Count > 0)
        {
            return (null, fouten);
        }

        var vakanties = referentie.Huidig.Schoolvakanties.Where(v => v.Regio == vraag.Vakantieregio).ToList();
        return (ZestienUurDrempel.Bepaal(vraag.Uren, vakanties), []);
    }

    private async Task<Verzuimfeed?> FeedAsync(Afzender afzender, Verzuimpartij partij, CancellationToken ct) => partij == Verzuimpartij.Gemeente
        ? referentie.Huidig.GemeenteMetOin(afzender.Oin) is { } gemeente ? new Verzuimfeed(gemeente.Code, []) : null
        : afzender.Onderwijsbestuurcode is not null ? new Verzuimfeed(null, await bevoegdheid.BrinsAsync(afzender, Functie.VerzuimMelden, ct) ?? []) : null;
}

/// <summary>The 16-hour question: the school's holiday region (noord, midden, zuid; none: no holidays excluded) and the absence hours per day.</summary>
public sealed record Drempelvraag(string? Vakantieregio, IReadOnlyList<Verzuimuren> Uren);
