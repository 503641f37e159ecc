using Keten.Application.Rio;
using Keten.Domain.Verzuim;
using Keten.Storage.Verzuim;

namespace Keten.Application.Verzuim;

/// <summary>A stored report to and from its row: the state as JSON, with the columns the store filters on.</summary>
internal static class VerzuimRijen
{
    public static VerzuimmeldingRij Van(GeregistreerdeVerzuimmelding m) => new(
        m.MeldingId, m.Melding.Persoon, m.Melding.Soort.ToString(), m.Melding.Brin, m.Onderwijsbestuurcode, m.Melding.Woongemeente, m.Status.ToString(),
        RioJson.Serialize(m));

    public static GeregistreerdeVerzuimmelding Lees(VerzuimmeldingRij rij) => RioJson.Deserialize<GeregistreerdeVerzuimmelding>(rij.StaatJson);
}
