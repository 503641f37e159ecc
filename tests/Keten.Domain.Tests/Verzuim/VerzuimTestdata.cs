using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Domain.Verzuim;
using static Keten.Domain.Tests.Rod.RodTestdata;

namespace Keten.Domain.Tests.Verzuim;

/// <summary>A pupil of the MBO test institution (BRIN 25LZ), born 2008-03-15, living in Utrecht (0344); a report from there.</summary>
internal static class VerzuimTestdata
{
    public const string Utrecht = "0344";
    public static readonly DateOnly Geboren = new(2008, 3, 15);

    public static Referentiedata Referentie { get; } = Rod.RodTestdata.Referentie with { Gemeenten = [new(Utrecht, "Utrecht", "17")] };

    public static Verzuimmelding Melding(Verzuimsoort soort = Verzuimsoort.Luxe, DateOnly? begin = null, DateOnly? eind = null, decimal? uren = null, string brin = MboBrin) =>
        new(Leerling, brin, soort, begin ?? new(2025, 3, 3), Utrecht, eind, uren);

    public static Verzuimcontext Situatie(IReadOnlyList<Inschrijving>? inschrijvingen = null, string? geboortedatum = "2008-03-15",
        IReadOnlyList<GeregistreerdeVerzuimmelding>? eerdere = null, DateOnly? vandaag = null, string bestuur = MboBestuur) =>
        new(bestuur, inschrijvingen ?? [Mbo()], geboortedatum, eerdere ?? [], Referentie, vandaag ?? new(2026, 6, 1));

    public static GeregistreerdeVerzuimmelding Eerder(Verzuimmelding melding, Verzuimstatus status = Verzuimstatus.Geregistreerd) =>
        new("m1", melding, status, MboBestuur, Verantwoordelijkheidsredenen.EnigeInschrijving, melding.Begindatum, []);

    public static IEnumerable<string> Foutcodes(Verzuimbeoordeling b) => b.Foutmeldingen.Select(f => f.Foutcode);
}
