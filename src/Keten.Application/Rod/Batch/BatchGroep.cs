using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using static Keten.Application.Rod.Batch.BatchKolommen;

namespace Keten.Application.Rod.Batch;

/// <summary>
/// The lines of one mutation while the reader collects them: the ISG line and the lines after it, at most
/// <see cref="MaxRegels"/> kept (a longer group is refused without holding its lines), and the lines that could not be read.
/// </summary>
internal sealed class BatchGroep(BatchRegel isg)
{
    public const int MaxRegels = 1000;

    private readonly List<BatchRegel> kinderen = [];
    private readonly List<Foutmelding> leesfouten = [];
    private long laatste = isg.Nummer;
    private bool teLang;

    public void Voeg(BatchRegel regel)
    {
        laatste = regel.Nummer;
        if (kinderen.Count < MaxRegels)
        {
            kinderen.Add(regel);
        }
        else if (!teLang)
        {
            teLang = true;
            leesfouten.Add(Foutcodes.KTN400(Recordsoort, $"regel {regel.Nummer}: een mutatie heeft ten hoogste {MaxRegels} ISP-, BPV- en DIP-regels"));
        }
    }

    public void Onleesbaar(long regel, Foutmelding fout)
    {
        laatste = Math.Max(laatste, regel);
        leesfouten.Add(fout);
    }

    public BatchMutatie Bouw()
    {
        var velden = new BatchVeldlezer();
        leesfouten.ForEach(velden.Fout);
        var soort = isg[BatchKolommen.Mutatiesoort];
        if (soort is not ("T" or "A" or "U" or "V"))
        {
            velden.Fout(isg, BatchKolommen.Mutatiesoort, soort is null ? "is verplicht" : $"'{soort}' is geen mutatiesoort (T, A, U of V)");
        }

        var brin = velden.Verplicht(isg, Brin);
        var volgnummer = velden.Verplicht(isg, Inschrijvingvolgnummer);
        var persoon = Persoon(velden);
        ControleerKinderen(velden, soort, volgnummer);
        var sleutel = new InschrijvingSleutel(brin, persoon ?? default, volgnummer);
        var verklaring = velden.JaNee(isg, BatchKolommen.Accountantsverklaring, verplicht: false);
        var mutatie = soort switch
        {
            "T" => Inschrijvingmutatie.Toevoegen(Inschrijving(velden, sleutel), verklaring),
            "A" => Inschrijvingmutatie.Aanpassen(Inschrijving(velden, sleutel), verklaring),
            "U" => Inschrijvingmutatie.Uitschrijven(new Uitschrijving(sleutel, velden.Datum(isg, DatumUitschrijvingWerkelijk), isg[RedenUitstroom], Diplomas(velden)), verklaring),
            "V" => Inschrijvingmutatie.Verwijderen(sleutel, verklaring),
            _ => null,
        };
        BatchOpdracht? opdracht = mutatie is null ? null : (h, a, id, ct) => h.VerwerkAsync(mutatie, a, id, ct);
        return new BatchMutatie(isg.Nummer, laatste, soort, isg[Brin], isg[Inschrijvingvolgnummer], persoon,
            velden.Fouten.Count == 0 ? opdracht : null, velden.Fouten);
    }

    /// <summary>Exactly one of burgerservicenummer and onderwijsnummer (ROD001); whether it passes its check is the domain's rule.</summary>
    private Persoonsnummer? Persoon(BatchVeldlezer velden)
    {
        var (bsn, onderwijsnummer) = (isg[Burgerservicenummer], isg[Onderwijsnummer]);
        if ((bsn is null) == (onderwijsnummer is null))
        {
            velden.Fout(RodFoutcodes.ROD001());
            return null;
        }

        return bsn is not null ? Persoonsnummer.Bsn(bsn) : Persoonsnummer.Onderwijsnummer(onderwijsnummer!);
    }

    /// <summary>Each ISP, BPV and DIP line repeats its ISG's key (as in DUO's record layouts), and fits the mutatiesoort.</summary>
    private void ControleerKinderen(BatchVeldlezer velden, string? soort, string volgnummer)
    {
        foreach (var regel in kinderen)
        {
            if (regel[Inschrijvingvolgnummer] != volgnummer)
            {
                velden.Fout(regel, Inschrijvingvolgnummer, $"is niet dat van de ISG-regel {isg.Nummer} ervoor: elke ISP-, BPV- en DIP-regel volgt de ISG-regel van zijn inschrijving");
            }

            foreach (var kolom in new[] { Burgerservicenummer, Onderwijsnummer }.Where(k => regel[k] is not null && regel[k] != isg[k]))
            {
                velden.Fout(regel, kolom, $"is niet dat van de ISG-regel {isg.Nummer}");
            }

            var toegestaan = soort switch { "T" or "A" => ["ISP", "BPV", "DIP"], "U" => ["DIP"], _ => Array.Empty<string>() };
            if (regel.Recordsoort is { } rs && !toegestaan.Contains(rs) && soort is "T" or "A" or "U" or "V")
            {
                velden.Fout(regel, Recordsoort, $"een {rs}-regel hoort niet bij mutatiesoort {soort}");
            }
        }
    }

    private Inschrijving Inschrijving(BatchVeldlezer velden, InschrijvingSleutel sleutel) => new(
        velden.Keuze<Sector>(isg, BatchKolommen.Sector, verplicht: true) ?? default, sleutel.Brin, sleutel.Persoon, sleutel.Inschrijvingvolgnummer,
        velden.Datum(isg, DatumInschrijving), velden.OptioneleDatum(isg, DatumUitschrijvingGepland), velden.OptioneleDatum(isg, DatumUitschrijvingWerkelijk),
        isg[HoogsteVooropleiding], isg[RedenUitstroom],
        [.. Van("ISP").Select(r => Periode(velden, r))], [.. Van("BPV").Select(r => Bpv(velden, r))], Diplomas(velden));

    private static Inschrijvingsperiode Periode(BatchVeldlezer v, BatchRegel r) => new(
        v.Datum(r, DatumBegin), v.Verplicht(r, Opleidingcode), r[Niveau], v.JaNee(r, IndicatieBekostigbaar), v.Verplicht(r, Onderwijsaanbiedercode),
        r[Leertraject], v.Getal(r, Leerjaar), r[Vestiging], r[Onderwijslocatiecode], r[LocatiecodeVsv], v.Uuid(r, AangebodenOpleidingCode),
        v.Keuze<Leerroutesoort>(r, Leerroute), v.Keuze<Leerroutefase>(r, BatchKolommen.Leerroutefase), r[SamenwerkendeOnderwijsaanbiedercode]);

    private static Bpv Bpv(BatchVeldlezer v, BatchRegel r) => new(
        v.Verplicht(r, Volgnummer), v.Datum(r, Afsluitdatum), v.Datum(r, DatumBegin), v.Datum(r, DatumEindeGepland), v.OptioneleDatum(r, DatumEindeWerkelijk),
        v.Verplicht(r, LeerbedrijfId), v.Getal(r, OmvangUren), v.Verplicht(r, Opleidingcode));

    private List<Diploma> Diplomas(BatchVeldlezer v) =>
        [.. Van("DIP").Select(r => new Diploma(v.Verplicht(r, Resultaatvolgnummer), v.Verplicht(r, Opleidingcode), v.Datum(r, DatumResultaat), v.JaNee(r, IndicatieBekostigbaar)))];

    private IEnumerable<BatchRegel> Van(string recordsoort) => kinderen.Where(r => r.Recordsoort == recordsoort);
}
