using System.Text;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rod;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;
using Keten.Storage;

namespace Keten.Cli;

/// <summary>
/// `keten rod identificeren &lt;persoonsgegevens.json&gt; --afzender &lt;OIN&gt;`: an identificatieverzoek through the handler
/// every door uses (the file is the REST body); `keten rod personen laden &lt;personen.json&gt;`: BSN persons with their
/// data into the persons register, the stand-in for a BRP link. Exit codes as `keten rio aanleveren`.
/// </summary>
internal static class RodPersonen
{
    public const string Uitleg = """
          keten rod identificeren <persoonsgegevens.json> --afzender <OIN> [--bedrijfsdocument <uuid>] [--json]
          keten rod personen laden <personen.json>   (een lijst van { "burgerservicenummer": ..., "gegevens": { persoonsgegevens } })
          keten rod herbereken   (de ketensignalen van leerroute-leerlingen na RIO-wijzigingen; de server doet dit zelf elke paar seconden)
        """;

    public static async Task<int> IdentificerenAsync(IKetenStore store, string bestand, LeverOpties opties, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var (gegevens, onleesbaar) = await JsonBestand.LeesAsync<Persoonsgegevens>(bestand, ct);
        if (gegevens is null)
        {
            await fout.WriteLineAsync(onleesbaar);
            return RioLevering.Onleesbaar;
        }

        var referentie = new ReferentiedataBron(store, TimeProvider.System, TimeSpan.Zero);
        await referentie.LaadAsync(ct);
        var afzender = CliAfzender.Van(referentie, opties.Afzender);
        Identificatieantwoord antwoord;
        try
        {
            antwoord = await new IdentificatieHandler(store, TimeProvider.System).IdentificerenAsync(gegevens, afzender, opties.Bedrijfsdocument, ct);
        }
        catch (BedrijfsdocumentAlGebruiktException e)
        {
            antwoord = Identificatieantwoord.Afgekeurd(Foutcodes.KTN030(e.Id));
        }

        await uit.WriteLineAsync(opties.Json ? RioJson.Serialize(antwoord) : Tekst(antwoord));
        return antwoord.Goedgekeurd ? RioLevering.Goedgekeurd : RioLevering.Afgekeurd;
    }

    public static async Task<int> LadenAsync(IKetenStore store, string bestand, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        var (personen, onleesbaar) = await JsonBestand.LeesAsync<List<BrpPersoon>>(bestand, ct);
        if (personen is null)
        {
            await fout.WriteLineAsync(onleesbaar);
            return RioLevering.Onleesbaar;
        }

        var (geladen, fouten) = await new Personenregister(store, TimeProvider.System).LadenAsync(personen, Auditbronnen.Operator(), ct);
        var tekst = new StringBuilder();
        foreach (var groep in fouten.GroupBy(f => f.Positie))
        {
            tekst.AppendLine($"persoon {groep.Key} overgeslagen:");
            LeveringWeergave.Foutregels(tekst, groep.Select(f => f.Fout));
        }

        tekst.Append($"{geladen} personen geladen, {fouten.Select(f => f.Positie).Distinct().Count()} overgeslagen");
        await uit.WriteLineAsync(tekst.ToString());
        return fouten.Count == 0 ? RioLevering.Goedgekeurd : RioLevering.Afgekeurd;
    }

    private static string Tekst(Identificatieantwoord antwoord)
    {
        if (antwoord.Persoon is { } persoon)
        {
            var soort = persoon.Soort == PersoonsnummerSoort.Bsn ? "burgerservicenummer" : "onderwijsnummer";
            return $"Goedgekeurd; {soort}: {persoon.Waarde}{(antwoord.NieuwToegekend ? " (nieuw toegekend)" : "")}";
        }

        var tekst = new StringBuilder("Afgekeurd:").AppendLine();
        LeveringWeergave.Foutregels(tekst, antwoord.Foutmeldingen);
        return tekst.ToString().TrimEnd();
    }
}
