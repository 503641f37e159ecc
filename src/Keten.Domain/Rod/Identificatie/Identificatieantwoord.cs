using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rod.Identificatie;

/// <summary>
/// The answer to an identificatieverzoek: the person's number (a BSN the register knows, or an onderwijsnummer, issued
/// now when <see cref="NieuwToegekend"/>), or the foutmeldingen. The number is personal data: doors put it in a body only.
/// </summary>
public sealed record Identificatieantwoord(bool Goedgekeurd, IReadOnlyList<Foutmelding> Foutmeldingen, Persoonsnummer? Persoon, bool NieuwToegekend)
{
    public static Identificatieantwoord Afgekeurd(params Foutmelding[] fouten) => new(false, fouten, null, false);

    public static Identificatieantwoord Gevonden(Persoonsnummer persoon, bool nieuw) => new(true, [], persoon, nieuw);
}
