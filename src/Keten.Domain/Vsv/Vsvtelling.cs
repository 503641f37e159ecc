using Keten.Domain.Referentie;

namespace Keten.Domain.Vsv;

/// <summary>
/// Adds up the outcomes of a measurement per responsible institution, holding only counts and the leavers: a stream of
/// the nation's students passes through in bounded memory. Given <c>instellingen</c>, the report shows each of them (also
/// without students) and leaves outcomes for any other institution out; null: every institution met.
/// </summary>
public sealed class Vsvtelling
{
    private readonly Vsvmeting _meting;
    private readonly bool _alleen;
    private readonly Dictionary<string, Teller> _instellingen = new(StringComparer.Ordinal);

    public Vsvtelling(Vsvmeting meting, IReadOnlyCollection<string>? instellingen)
    {
        ArgumentNullException.ThrowIfNull(meting);
        _meting = meting;
        _alleen = instellingen is not null;
        foreach (var brin in instellingen ?? [])
        {
            _instellingen[brin] = new Teller();
        }
    }

    public void Tel(Vsvbeoordeling beoordeling)
    {
        ArgumentNullException.ThrowIfNull(beoordeling);
        var brin = beoordeling.Verantwoordelijke.Brin;
        if (!_instellingen.TryGetValue(brin, out var teller))
        {
            if (_alleen)
            {
                return;
            }

            _instellingen[brin] = teller = new Teller();
        }

        teller.Tel(beoordeling);
    }

    public Vsvrapport Rapport(Referentiedata referentie, DateTimeOffset? bekendOp)
    {
        ArgumentNullException.ThrowIfNull(referentie);
        var instellingen = _instellingen.OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => new Vsvinstelling(i.Key, referentie.Instelling(i.Key)?.Naam, referentie.RmcRegioVanInstelling(i.Key)?.Code, i.Value.Deelnemers, i.Value.Vsv,
                Vsvrapport.Percentage(i.Value.Vsv, i.Value.Deelnemers), i.Value.LeeftijdOnbekend,
                new SortedDictionary<string, int>(i.Value.PerReden, StringComparer.Ordinal), i.Value.Verlaters))
            .ToList();
        var regios = instellingen.GroupBy(i => i.RmcRegio)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Vsvregio(g.Key, g.Key is null ? null : referentie.RmcRegios.FirstOrDefault(r => r.Code == g.Key)?.Naam, g.Count(),
                g.Sum(i => i.Deelnemers), g.Sum(i => i.Vsv), Vsvrapport.Percentage(g.Sum(i => i.Vsv), g.Sum(i => i.Deelnemers)), g.Sum(i => i.LeeftijdOnbekend)))
            .ToList();
        return new Vsvrapport(_meting.Peiljaar, _meting.Peildatum, _meting.VolgendePeildatum, bekendOp, instellingen, regios);
    }

    private sealed class Teller
    {
        public int Deelnemers { get; private set; }

        public int Vsv { get; private set; }

        public int LeeftijdOnbekend { get; private set; }

        public Dictionary<string, int> PerReden { get; } = new(StringComparer.Ordinal);

        public List<Vsvverlater> Verlaters { get; } = [];

        public void Tel(Vsvbeoordeling b)
        {
            Deelnemers += b.InNoemer ? 1 : 0;
            Vsv += b.IsVsv ? 1 : 0;
            LeeftijdOnbekend += b.Leeftijd == Leeftijdsgroep.Onbekend ? 1 : 0;
            PerReden[b.Redencode] = PerReden.GetValueOrDefault(b.Redencode) + 1;
            if (Vsvredenen.IsVerlaterZonderStartkwalificatie(b.Redencode))
            {
                Verlaters.Add(new Vsvverlater(b.Persoon, b.Verantwoordelijke.Inschrijvingvolgnummer, b.Redencode, b.Reden));
            }
        }
    }
}
