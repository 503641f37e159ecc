using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Verzuim;

namespace Keten.Application.Verzuim;

/// <summary>The answer to a report or a change: the report as it now stands, or every refusal; Gevonden false: no such report for this caller.</summary>
public sealed record Verzuimantwoord(GeregistreerdeVerzuimmelding? Melding, IReadOnlyList<Foutmelding> Foutmeldingen, bool Gevonden = true)
{
    public bool Goedgekeurd => Melding is not null && Foutmeldingen.Count == 0;

    public static Verzuimantwoord NietGevonden { get; } = new(null, [], Gevonden: false);

    public static Verzuimantwoord Geweigerd(params Foutmelding[] fouten) => new(null, fouten);
}

/// <summary>A status change: the new status and an optional toelichting (e.g. the leerplichtambtenaar's decision).</summary>
public sealed record Statuswijziging(Verzuimstatus Status, string? Toelichting = null);

/// <summary>The einddatum a school adds once the absence ended.</summary>
public sealed record Einddatumaanvulling(DateOnly Einddatum);

/// <summary>An entry of a verzuim feed: the report as it stands now and when it last changed.</summary>
public sealed record Verzuimfeeditem(GeregistreerdeVerzuimmelding Melding, DateTimeOffset GewijzigdOp);
