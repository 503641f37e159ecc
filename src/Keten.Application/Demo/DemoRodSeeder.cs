using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Rod;
using Microsoft.Extensions.Logging;

namespace Keten.Application.Demo;

/// <summary>The demo enrolments file (DemoData/rod-demo.json): leerroute pupils on the demo DLR 110A006 ↔ 110A002 and a plain MBO student.</summary>
public sealed record DemoRod(IReadOnlyList<Inschrijving> Inschrijvingen);

/// <summary>
/// Delivers the demo enrolments through the enrolment handler every door uses, as the board of each enrolment's
/// instelling, with stable bedrijfsdocument ids (a restart repeats them and changes nothing). A refusal stops the start.
/// </summary>
public sealed class DemoRodSeeder(ReferentiedataBron referentie, InschrijvingHandler handler, ILogger<DemoRodSeeder> logger)
{
    public async Task SeedAsync(string pad, CancellationToken ct)
    {
        var demo = RioJson.Deserialize<DemoRod>(await File.ReadAllTextAsync(pad, ct));
        foreach (var inschrijving in demo.Inschrijvingen)
        {
            var bestuur = referentie.Huidig.Instelling(inschrijving.Brin)?.Onderwijsbestuurcode ?? "";
            var afzender = new Afzender(referentie.Huidig.Bestuur(bestuur)?.Oin ?? "", bestuur);
            var id = DemoRio.BedrijfsdocumentId("inschrijving", $"{inschrijving.Brin}|{inschrijving.Inschrijvingvolgnummer}");
            try
            {
                var antwoord = await handler.ToevoegenAsync(inschrijving, afzender, id, ct);
                if (!antwoord.LeveringGoedgekeurd)
                {
                    throw new InvalidOperationException($"Demo enrolment {inschrijving.Brin} {inschrijving.Inschrijvingvolgnummer} refused: "
                        + string.Join("; ", antwoord.Foutmeldingen.Select(f => $"{f.Foutcode} {f.Fouttekst}")));
                }
            }
            catch (BedrijfsdocumentAlGebruiktException)
            {
                logger.LogInformation("Demo enrolment {Brin} {Volgnummer} was seeded from another version of the demo content; left as it is",
                    inschrijving.Brin, inschrijving.Inschrijvingvolgnummer);
            }
        }

        logger.LogInformation("Demo ROD content: {Aantal} inschrijvingen", demo.Inschrijvingen.Count);
    }
}
