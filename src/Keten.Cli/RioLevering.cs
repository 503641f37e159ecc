using System.Globalization;
using System.Text.Json;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Contract.Rio;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Storage;

namespace Keten.Cli;

/// <summary>What `keten rio aanleveren|verwijderen` needs besides the command's own words.</summary>
internal sealed record LeverOpties(string Afzender, string? Bedrijfsdocument, bool Proefdraai, bool Json);

/// <summary>
/// `keten rio aanleveren &lt;soort&gt; &lt;bestand.json&gt;` and `keten rio verwijderen &lt;soort&gt; &lt;sleutel…&gt;`: a delivery
/// through the same handlers as SOAP and REST, on the CLI's database, as the board whose OIN is --afzender. A body is
/// checked against DUO's XSD first, as REST checks it (<see cref="XsdControle"/>, ADR 0026).
/// Exit codes: 0 approved, 3 refused, 2 input file unreadable or refused by DUO's XSD, 1 usage.
/// </summary>
internal static class RioLevering
{
    public const int Goedgekeurd = 0;
    public const int Gebruik = 1;
    public const int Onleesbaar = 2;
    public const int Afgekeurd = 3;

    private delegate Task<VerwerkResultaat> Levering(RioHandlers handlers, Afzender afzender, string? id, bool proefdraai, CancellationToken ct);

    /// <summary>A body read from its file: the record, for the XSD check, and its delivery.</summary>
    private sealed record Aanlevering(object Record, Levering Levering);

    private sealed record RioHandlers(
        OnderwijsaanbiederHandler Aanbieders, OnderwijslocatiegebruikHandler Locaties, OpleidingseenheidHandler Eenheden, AangebodenOpleidingHandler Opleidingen);

    /// <summary>Per soort: the body (RioJson, as on REST) to the record and its delivery.</summary>
    private static readonly Dictionary<string, Func<string, Aanlevering>> Aanleveringen = new(StringComparer.Ordinal)
    {
        ["onderwijsaanbieder"] = json => Met(RioJson.Deserialize<Onderwijsaanbieder>(json), (h, o, a, id, p, ct) => h.Aanbieders.AanleverenAsync(o, a, id, ct, p)),
        ["onderwijslocatiegebruik"] = json => Met(RioJson.Deserialize<Onderwijslocatiegebruik>(json), (h, o, a, id, p, ct) => h.Locaties.AanleverenAsync(o, a, id, ct, p)),
        ["opleidingseenheid"] = json => Met(RioJson.Deserialize<Opleidingseenheid>(json), (h, o, a, id, p, ct) => h.Eenheden.AanleverenAsync(o, a, id, ct, p)),
        ["opleidingsrelatie"] = json => Met(RioJson.Deserialize<Opleidingsrelatie>(json), (h, o, a, id, p, ct) => h.Eenheden.AanleverenRelatieAsync(o, a, id, ct, p)),
        ["aangebodenOpleiding"] = json => Met(RioJson.Deserialize<AangebodenOpleiding>(json), (h, o, a, id, p, ct) => h.Opleidingen.AanleverenAsync(o, a, id, ct, p)),
    };

    /// <summary>Per soort: the key words it takes and how they make the delivery (null: a key word is not readable).</summary>
    private static readonly Dictionary<string, (string Sleutels, Func<IReadOnlyList<string>, Levering?> Maak)> Verwijderingen = new(StringComparer.Ordinal)
    {
        ["onderwijsaanbieder"] = ("<onderwijsaanbiedercode>", s => s is [var code] ? (h, a, id, p, ct) => h.Aanbieders.VerwijderenAsync(code, a, id, ct, p) : null),
        ["onderwijslocatiegebruik"] = ("<onderwijsbestuurcode> <onderwijslocatiecode>", s => s is [var bestuur, var locatie]
            ? (h, a, id, p, ct) => h.Locaties.VerwijderenAsync(bestuur, locatie, a, id, ct, p) : null),
        ["opleidingseenheid"] = ("<opleidingseenheidcode>", s => s is [var code] ? (h, a, id, p, ct) => h.Eenheden.VerwijderenAsync(code, a, id, ct, p) : null),
        ["opleidingsrelatie"] = ("<opleidingseenheidcode1> <opleidingseenheidcode2> <begindatum yyyy-MM-dd>", s =>
            s is [var code1, var code2, var tekst] && DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var begin)
                ? (h, a, id, p, ct) => h.Eenheden.VerwijderenRelatieAsync(code1, code2, begin, a, id, ct, p) : null),
        ["aangebodenOpleiding"] = ("<aangebodenOpleidingCode (uuid)>", s => s is [var tekst] && Guid.TryParseExact(tekst, "D", out var code)
            ? (h, a, id, p, ct) => h.Opleidingen.VerwijderenAsync(code, a, id, ct, p) : null),
    };

    public static string Uitleg => string.Join(Environment.NewLine,
        [
            $"  keten rio aanleveren <{string.Join('|', Aanleveringen.Keys)}> <bestand.json> --afzender <OIN>",
            "                       [--proefdraai] [--bedrijfsdocument <uuid>] [--json] [--connection <connectionstring>]",
            "                       (eerst getoetst aan DUO's XSD, zoals REST: weigert die het bestand, dan exitcode 2 met elk veld)",
            .. Verwijderingen.Select(v => $"  keten rio verwijderen {v.Key} {v.Value.Sleutels} --afzender <OIN> [--proefdraai] [--bedrijfsdocument <uuid>] [--json]"),
        ]);

    public static async Task<int> AanleverenAsync(IKetenStore store, string soort, string bestand, LeverOpties opties, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        if (!Aanleveringen.TryGetValue(soort, out var lees))
        {
            return await FoutAsync(fout, Gebruik, $"onbekende soort '{soort}': kies uit {string.Join(", ", Aanleveringen.Keys)}");
        }

        var (aanlevering, onleesbaar) = await JsonBestand.LeesAsync(bestand, lees, ct);
        if (aanlevering is null)
        {
            return await FoutAsync(fout, Onleesbaar, onleesbaar);
        }

        // Before any rule and in a dry run too, as on REST: a body the XSD refuses is malformed, as unreadable JSON is.
        if (XsdControle.Fouten(SoapContracten.Standaard, aanlevering.Record) is { Count: > 0 } xsd)
        {
            return await FoutAsync(fout, Onleesbaar, JsonBestand.XsdFouten(bestand, xsd));
        }

        return await VoerUitAsync(store, aanlevering.Levering, opties, uit, ct);
    }

    public static async Task<int> VerwijderenAsync(IKetenStore store, string soort, IReadOnlyList<string> sleutels, LeverOpties opties, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        if (!Verwijderingen.TryGetValue(soort, out var verwijdering))
        {
            return await FoutAsync(fout, Gebruik, $"onbekende soort '{soort}': kies uit {string.Join(", ", Verwijderingen.Keys)}");
        }

        return verwijdering.Maak(sleutels) is { } levering
            ? await VoerUitAsync(store, levering, opties, uit, ct)
            : await FoutAsync(fout, Gebruik, $"keten rio verwijderen {soort} verwacht {verwijdering.Sleutels}");
    }

    private static async Task<int> VoerUitAsync(IKetenStore store, Levering levering, LeverOpties opties, TextWriter uit, CancellationToken ct)
    {
        var referentie = new ReferentiedataBron(store, TimeProvider.System, TimeSpan.Zero);
        await referentie.LaadAsync(ct);
        var verwerking = new RioVerwerking(store, referentie);
        var handlers = new RioHandlers(new(verwerking), new(verwerking), new(verwerking), new(verwerking));
        var afzender = CliAfzender.Van(referentie, opties.Afzender);

        VerwerkResultaat resultaat;
        try
        {
            resultaat = await levering(handlers, afzender, opties.Bedrijfsdocument, opties.Proefdraai, ct);
        }
        catch (BedrijfsdocumentAlGebruiktException e)
        {
            resultaat = new VerwerkResultaat(Terugkoppeling.Afgekeurd([Foutcodes.KTN030(e.Id)]), [], []);
        }

        await uit.WriteLineAsync(LeveringWeergave.Van(resultaat, opties.Proefdraai, opties.Json));
        return resultaat.Antwoord.RequestGoedgekeurd ? Goedgekeurd : Afgekeurd;
    }

    private static async Task<int> FoutAsync(TextWriter fout, int code, string melding)
    {
        await fout.WriteLineAsync(melding);
        return code;
    }

    private static Aanlevering Met<T>(T waarde, Func<RioHandlers, T, Afzender, string?, bool, CancellationToken, Task<VerwerkResultaat>> lever)
        where T : class => new(waarde, (h, a, id, p, ct) => lever(h, waarde, a, id, p, ct));
}
