using Keten.Domain.Gemeenschappelijk;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Server.Tests.Rod;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Portaal;

/// <summary>
/// A portal test's arrange step: enrolments on the demo DLR (Lyceum Zuidrand 99VA, ROC Voorbeeld 99MA) delivered through
/// the same enrolment handler every door uses, from the 1 August of the current school year (before the mutation stop).
/// </summary>
internal static class PortaalInschrijvingen
{
    public static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990032");

    public static DateOnly Schooljaarbegin
    {
        get
        {
            var vandaag = TimeProvider.System.Vandaag();
            return new DateOnly(vandaag.Month >= 8 ? vandaag.Year : vandaag.Year - 1, 8, 1);
        }
    }

    /// <summary>Delivers the VO side; the enrolment's id (for its pages' addresses).</summary>
    public static Task<string> VoAsync(PortaalServer server, Leerroutefase? fase, bool aanpassen = false) =>
        LeverAsync(server, new Afzender(ZuidrandOin, Zuidrand), DemoDlr.Vo(Leerling, DemoDlr.VoPeriode(Schooljaarbegin, fase)), aanpassen);

    /// <summary>Delivers the MBO side; the enrolment's id (for its pages' addresses).</summary>
    public static Task<string> MboAsync(PortaalServer server, Leerroutefase? fase, bool aanpassen = false, Persoonsnummer? leerling = null) =>
        LeverAsync(server, new Afzender(RocVoorbeeldOin, RocVoorbeeld), DemoDlr.Mbo(leerling ?? Leerling, DemoDlr.MboPeriode(Schooljaarbegin, fase)), aanpassen);

    private static async Task<string> LeverAsync(PortaalServer server, Afzender afzender, Inschrijving inschrijving, bool aanpassen)
    {
        var handler = server.Server.Services.GetRequiredService<InschrijvingHandler>();
        var mutatie = aanpassen ? Inschrijvingmutatie.Aanpassen(inschrijving) : Inschrijvingmutatie.Toevoegen(inschrijving);
        var terugkoppeling = await handler.VerwerkAsync(mutatie, afzender, null, CancellationToken.None);
        Assert.True(terugkoppeling.LeveringGoedgekeurd, string.Join("; ", terugkoppeling.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
        return terugkoppeling.InschrijvingId!;
    }
}
