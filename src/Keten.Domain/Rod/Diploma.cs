namespace Keten.Domain.Rod;

/// <summary>
/// A diploma obtained on an MBO enrolment (PvE record DIP): the institution's resultaatvolgnummer, the CREBO code and
/// the date of the result. Delivered with its enrolment, so that the rule "datum resultaat equals the werkelijke datum
/// uitschrijving" is checked on one state.
/// </summary>
public sealed record Diploma(string Resultaatvolgnummer, string Opleidingcode, DateOnly DatumResultaat, bool IndicatieBekostigbaar);
