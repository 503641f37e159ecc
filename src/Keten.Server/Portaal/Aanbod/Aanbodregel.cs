using Keten.Domain.Referentie;
using Keten.Domain.Rio;

namespace Keten.Server.Portaal.Aanbod;

/// <summary>One aangeboden opleiding as a row of the aanbod list.</summary>
public sealed record Aanbodregel(
    Guid Code,
    string Aanbieder,
    string Naam,
    string Soort,
    string Opleiding,
    DateOnly Begindatum,
    DateOnly? Einddatum,
    string? Leerroute,
    IReadOnlyList<string> Partners)
{
    public static Aanbodregel Van(AangebodenOpleiding ao, Referentiedata referentie, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(ao);
        var periode = Aanbodweergave.HuidigePeriode(ao, peildatum);
        return new Aanbodregel(
            ao.AangebodenOpleidingCode,
            ao.Onderwijsaanbiedercode,
            periode?.EigenNaamAangebodenOpleiding ?? Aanbodweergave.Opleiding(ao, referentie),
            Aanbodweergave.Soort(ao.Soort),
            Aanbodweergave.Opleiding(ao, referentie),
            ao.Begindatum,
            ao.Einddatum,
            ao.DoorlopendeLeerlijnVmboMbo,
            [.. periode?.SamenwerkendeOnderwijsaanbiedercodes.Distinct() ?? []]);
    }
}
