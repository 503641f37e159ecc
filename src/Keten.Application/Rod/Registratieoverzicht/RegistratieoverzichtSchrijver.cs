using System.Globalization;
using System.Text;
using Keten.Domain.Rod;
using Keten.Storage.Rod;

namespace Keten.Application.Rod.Registratieoverzicht;

/// <summary>
/// Writes a registratieoverzicht in DUO's layout (PvE MBO-instelling bijlage 7): VLP; per person PER, then per enrolment
/// ISG with its ISP and BPV records, then the person's DIP records; SLR with the counts. Fields separated by '|', dates
/// ccyy-mm-dd, one record per line ('\n'), nothing else. The enrolments must come ordered by person; only one person's
/// diplomas are held at a time, so the file streams in bounded memory. Field by field: docs/rod-registratieoverzicht.md.
/// </summary>
public sealed class RegistratieoverzichtSchrijver
{
    private const char Scheiding = '|';

    private readonly TextWriter uit;
    private readonly StringBuilder regel = new();
    private readonly List<(Diploma Diploma, Inschrijving Inschrijving)> diplomasVanPersoon = [];
    private Persoonsnummer? persoon;
    private long personen, deelnames, periodes, bpvs, diplomas;

    private RegistratieoverzichtSchrijver(TextWriter uit) => this.uit = uit;

    /// <summary>Writes the whole file for <paramref name="verzoek"/>, made on <paramref name="aanmaakdatum"/>; returns the SLR counts.</summary>
    public static async Task<RegistratieoverzichtTellingen> SchrijfAsync(TextWriter uit, RegistratieoverzichtVerzoek verzoek, DateOnly aanmaakdatum,
        IAsyncEnumerable<RegistratieoverzichtInschrijving> inschrijvingen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uit);
        ArgumentNullException.ThrowIfNull(verzoek);
        ArgumentNullException.ThrowIfNull(inschrijvingen);
        var schrijver = new RegistratieoverzichtSchrijver(uit);
        await schrijver.RecordAsync("VLP", verzoek.Brin, Datum(verzoek.Van), Datum(verzoek.Tot), Datum(aanmaakdatum));
        await foreach (var inschrijving in inschrijvingen.WithCancellation(ct))
        {
            await schrijver.InschrijvingAsync(inschrijving);
        }

        await schrijver.DiplomasAsync();
        var tellingen = new RegistratieoverzichtTellingen(schrijver.personen, schrijver.deelnames, schrijver.periodes, 0, schrijver.bpvs, schrijver.diplomas, 0, 0, 0);
        await schrijver.RecordAsync("SLR", Getal(tellingen.Personen), Getal(tellingen.Deelnames), Getal(tellingen.Deelnameperiodes),
            Getal(tellingen.PeriodesExtraOndersteuning), Getal(tellingen.Bpvs), Getal(tellingen.Diplomas), Getal(tellingen.AmvbOnderdelen),
            Getal(tellingen.GeneriekeExamenonderdelen), Getal(tellingen.Keuzedelen));
        await uit.FlushAsync(ct);
        return tellingen;
    }

    private async Task InschrijvingAsync(RegistratieoverzichtInschrijving gelezen)
    {
        var i = gelezen.Inschrijving;
        var (bsn, onr) = Nummers(i.Persoon);
        if (persoon != i.Persoon)
        {
            await DiplomasAsync();
            persoon = i.Persoon;
            personen++;
            await RecordAsync("PER", bsn, onr, gelezen.Geboortedatum, gelezen.Geslacht);
        }

        deelnames++;
        await RecordAsync("ISG", bsn, onr, i.Inschrijvingvolgnummer, Datum(i.DatumInschrijving), Datum(i.DatumUitschrijvingGepland),
            Datum(i.DatumUitschrijvingWerkelijk), i.RedenUitstroom);
        foreach (var p in i.Perioden.OrderBy(p => p.DatumBegin))
        {
            periodes++;
            await RecordAsync("ISP", bsn, onr, i.Inschrijvingvolgnummer, Datum(p.DatumBegin), p.Opleidingcode, p.Leertraject, p.Niveau,
                JaNee(p.IndicatieBekostigbaar), p.LocatiecodeVsv, p.Onderwijsaanbiedercode, p.Onderwijslocatiecode, p.Leerroute?.ToString(),
                p.Leerroutefase?.ToString());
        }

        foreach (var b in i.Bpvs.OrderBy(b => b.Volgnummer, StringComparer.Ordinal))
        {
            bpvs++;
            await RecordAsync("BPV", bsn, onr, i.Inschrijvingvolgnummer, b.Volgnummer, Datum(b.Afsluitdatum), Datum(b.DatumBegin),
                Datum(b.DatumEindeGepland), Datum(b.DatumEindeWerkelijk), b.OmvangUren?.ToString(CultureInfo.InvariantCulture), b.LeerbedrijfId,
                b.Opleidingcode, null);
        }

        diplomasVanPersoon.AddRange(i.Diplomas.OrderBy(d => d.Resultaatvolgnummer, StringComparer.Ordinal).Select(d => (d, i)));
    }

    /// <summary>The DIP records of the person just written, after all the person's enrolments (PvE 15.4).</summary>
    private async Task DiplomasAsync()
    {
        foreach (var (d, i) in diplomasVanPersoon)
        {
            diplomas++;
            var (bsn, onr) = Nummers(i.Persoon);
            await RecordAsync("DIP", bsn, onr, d.Resultaatvolgnummer, d.Opleidingcode, Datum(d.DatumResultaat), JaNee(d.IndicatieBekostigbaar),
                i.Inschrijvingvolgnummer, Aanbieder(d, i));
        }

        diplomasVanPersoon.Clear();
    }

    /// <summary>Keten keeps no aanbieder on a diploma: the aanbieder of the enrolment's last period of the diploma's opleiding.</summary>
    private static string? Aanbieder(Diploma d, Inschrijving i) =>
        i.Perioden.Where(p => p.Opleidingcode == d.Opleidingcode).MaxBy(p => p.DatumBegin)?.Onderwijsaanbiedercode;

    private async Task RecordAsync(string soort, params string?[] velden)
    {
        regel.Clear().Append(soort);
        foreach (var veld in velden)
        {
            regel.Append(Scheiding);
            foreach (var teken in veld ?? "")
            {
                // A value with the separator or a control character (tab, line break) would break the record: PvE 15.2.
                regel.Append(teken == Scheiding || char.IsControl(teken) ? ' ' : teken);
            }
        }

        regel.Append('\n');
        await uit.WriteAsync(regel);
    }

    private static (string? Bsn, string? Onderwijsnummer) Nummers(Persoonsnummer p) =>
        p.Soort == PersoonsnummerSoort.Bsn ? (p.Waarde, null) : (null, p.Waarde);

    private static string? Datum(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string JaNee(bool waarde) => waarde ? "J" : "N";

    private static string Getal(long n) => n.ToString(CultureInfo.InvariantCulture);
}
