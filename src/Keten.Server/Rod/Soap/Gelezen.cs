using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Rod.Soap;

/// <summary>
/// What an XSD-valid ROD request held: the domain record, or every foutmelding that kept it from being one (the
/// school gets all of them at once, as from the domain's rules).
/// </summary>
internal sealed record Gelezen<T>(T? Waarde, IReadOnlyList<Foutmelding> Fouten)
    where T : class;
