namespace Keten.Domain.Gemeenschappelijk;

/// <summary>
/// Something accepted but worth a look (DUO's "signaal" beside an afkeuring): a code, a text and up to five
/// sleutelgegevens, limited as a <see cref="Foutmelding"/> is.
/// </summary>
public sealed record Signaal(string Signaalcode, string Signaaltekst, IReadOnlyList<Sleutelgegeven> Sleutelgegevens)
{
    public static Signaal Van(string code, string tekst, params (string Naam, string? Waarde)[] sleutels)
    {
        var melding = Foutmelding.Van(code, tekst, sleutels);
        return new Signaal(melding.Foutcode, melding.Fouttekst, melding.Sleutelgegevens);
    }
}
