using System.Text;
using System.Xml;
using Keten.Domain.Bekostiging;

namespace Keten.Application.Bekostiging;

/// <summary>
/// Writes a TBG-i as DUO's XML (PvE MBO-instelling bijlage 8, docs/bekostiging.md "The TBG-i layout"): root
/// `Bekostigingsgrondslagen`, per enrolment `Inschrijving` → `Teldatum` → `BekostigingsrelevanteBPV`, `Signaal` →
/// `Parameter`, then per diploma `Diploma` → `Signaal`; elements in the layout's order and with the names DUO's own files
/// use; an optional element without a value is left out, a required one without a value is written `xsi:nil="true"`, as
/// DUO's files do. UTF-8 without byte order mark, indented with spaces (the PvE forbids tabs). The VO TBG-I has the same shape.
/// </summary>
public static class TbgiXmlSchrijver
{
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings Instellingen = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    public static async Task SchrijfAsync(Tbgi tbgi, Stream doel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tbgi);
        await using var xml = XmlWriter.Create(doel, Instellingen);
        var w = new Schrijver(xml);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "Bekostigingsgrondslagen", null);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, Xsi);
        foreach (var inschrijving in tbgi.Inschrijvingen)
        {
            ct.ThrowIfCancellationRequested();
            await InschrijvingAsync(w, inschrijving);
        }

        foreach (var diploma in tbgi.Diplomas)
        {
            ct.ThrowIfCancellationRequested();
            await DiplomaAsync(w, diploma);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task InschrijvingAsync(Schrijver w, TbgiInschrijving i)
    {
        await w.BeginAsync("Inschrijving");
        await w.VerplichtAsync("BRIN", i.Brin);
        await w.VerplichtAsync(TbgiFormaat.Persoonselement(i.Persoon), i.Persoon.Waarde);
        await w.VerplichtAsync("Inschrijvingvolgnummer", i.Inschrijvingvolgnummer);
        await w.VerplichtAsync("DatumInschrijving", TbgiFormaat.Datum(i.DatumInschrijving));
        await w.VerplichtAsync("DatumUitschrijvingGepland", i.DatumUitschrijvingGepland is { } gepland ? TbgiFormaat.Datum(gepland) : null);
        await w.OptioneelAsync("DatumUitschrijvingWerkelijk", i.DatumUitschrijvingWerkelijk is { } werkelijk ? TbgiFormaat.Datum(werkelijk) : null);
        await w.OptioneelAsync("NiveauHoogstBekostigdeDiploma", i.NiveauHoogstBekostigdeDiploma);
        foreach (var t in i.Teldata)
        {
            await TeldatumAsync(w, t);
        }

        await w.EindAsync();
    }

    private static async Task TeldatumAsync(Schrijver w, TbgiTeldatum t)
    {
        await w.BeginAsync("Teldatum");
        await w.VerplichtAsync("Teldatum", TbgiFormaat.Datum(t.Teldatum));
        await w.VerplichtAsync("DatumTijdBepalingBekostigingsgrondslagen", TbgiFormaat.DatumTijd(t.DatumTijdBepaling));
        await w.VerplichtAsync("StatusBepalingBekostigingsstatus", TbgiFormaat.Status(t.Status));
        await w.VerplichtAsync("LeeftijdOpEenAugustusStudiejaar", t.LeeftijdOpEenAugustusStudiejaar is { } leeftijd ? TbgiFormaat.Geheel(leeftijd) : null);
        await w.VerplichtAsync("Opleidingcode", t.Opleidingcode);
        await w.VerplichtAsync("Niveau", t.Niveau);
        await w.VerplichtAsync("Leertraject", t.Leertraject);
        await w.OptioneelAsync("Leerroutefase", t.Leerroutefase is { } fase ? TbgiFormaat.Fase(fase) : null);
        await w.VerplichtAsync("IndicatieBekostigbaar", TbgiFormaat.Boolean(t.IndicatieBekostigbaar));
        await w.OptioneelAsync("Bekostigingsstatus", TbgiFormaat.Boolean(t.Bekostigingsstatus));
        await w.VerplichtAsync("InschrijvingVoorCorrectiefactor", TbgiFormaat.Boolean(t.InschrijvingVoorCorrectiefactor));
        await w.OptioneelAsync("BBLBOLFactor", t.BblBolFactor is { } factor ? TbgiFormaat.Factor(factor) : null);
        await w.OptioneelAsync("PrijsfactorMBO", t.PrijsfactorMbo is { } prijsfactor ? TbgiFormaat.Factor(prijsfactor) : null);
        await w.OptioneelAsync("BijdrageInschrijvingAanDeelnemerswaarde", t.BijdrageInschrijvingAanDeelnemerswaarde is { } bijdrage ? TbgiFormaat.Bijdrage(bijdrage) : null);
        foreach (var bpv in t.BekostigingsrelevanteBpvs)
        {
            await BpvAsync(w, bpv);
        }

        await SignalenAsync(w, t.Signalen);
        await w.EindAsync();
    }

    private static async Task BpvAsync(Schrijver w, TbgiBpv b)
    {
        await w.BeginAsync("BekostigingsrelevanteBPV");
        await w.VerplichtAsync("Inschrijvingvolgnummer", b.Inschrijvingvolgnummer);
        await w.VerplichtAsync("Volgnummer", b.Bpv.Volgnummer);
        await w.VerplichtAsync("Afsluitdatum", TbgiFormaat.Datum(b.Bpv.Afsluitdatum));
        await w.VerplichtAsync("DatumBegin", TbgiFormaat.Datum(b.Bpv.DatumBegin));
        await w.VerplichtAsync("DatumEindGepland", TbgiFormaat.Datum(b.Bpv.DatumEindeGepland));
        await w.OptioneelAsync("DatumEindWerkelijk", b.Bpv.DatumEindeWerkelijk is { } werkelijk ? TbgiFormaat.Datum(werkelijk) : null);
        await w.VerplichtAsync("Opleidingcode", b.Bpv.Opleidingcode);
        await w.EindAsync();
    }

    private static async Task DiplomaAsync(Schrijver w, TbgiDiploma d)
    {
        await w.BeginAsync("Diploma");
        await w.VerplichtAsync("BRIN", d.Brin);
        await w.VerplichtAsync(TbgiFormaat.Persoonselement(d.Persoon), d.Persoon.Waarde);
        await w.VerplichtAsync("Resultaatvolgnummer", d.Resultaatvolgnummer);
        await w.VerplichtAsync("Opleidingcode", d.Opleidingcode);
        await w.VerplichtAsync("Inschrijvingvolgnummer", d.Inschrijvingvolgnummer);
        await w.VerplichtAsync("DatumBehaald", TbgiFormaat.Datum(d.DatumBehaald));
        await w.VerplichtAsync("Niveau", d.Niveau);
        await w.VerplichtAsync("IndicatieSpecialistendiploma", TbgiFormaat.Boolean(d.IndicatieSpecialistendiploma));
        await w.VerplichtAsync("NiveauHoogstBekostigdeDiploma", d.NiveauHoogstBekostigdeDiploma);
        await w.VerplichtAsync("IndicatieHoogstBekostigdeDiplomaIsSpecialist",
            d.NiveauHoogstBekostigdeDiploma is null ? null : TbgiFormaat.Boolean(d.IndicatieHoogstBekostigdeDiplomaIsSpecialist));
        await w.VerplichtAsync("DatumTijdBepalingBekostigingsgrondslagen", TbgiFormaat.DatumTijd(d.DatumTijdBepaling));
        await w.VerplichtAsync("StatusBepalingBekostigingsstatus", TbgiFormaat.Status(d.Status));
        await w.VerplichtAsync("Bekostigingsstatus", TbgiFormaat.Boolean(d.Bekostigingsstatus));
        await w.OptioneelAsync("BijdrageDiplomawaarde", d.BijdrageDiplomawaarde is { } waarde ? TbgiFormaat.Bijdrage(waarde) : null);
        await SignalenAsync(w, d.Signalen);
        await w.EindAsync();
    }

    private static async Task SignalenAsync(Schrijver w, IReadOnlyList<TbgiSignaal> signalen)
    {
        foreach (var s in signalen)
        {
            await w.BeginAsync("Signaal");
            await w.VerplichtAsync("Signaalvolgnummer", s.Signaalvolgnummer);
            await w.VerplichtAsync("Signaalcode", s.Signaalcode);
            await w.VerplichtAsync("Signaalomschrijving", s.Signaalomschrijving);
            foreach (var p in s.Parameters)
            {
                await w.BeginAsync("Parameter");
                await w.VerplichtAsync("Parametervolgnummer", p.Parametervolgnummer);
                await w.VerplichtAsync("Parameternaam", p.Parameternaam);
                await w.VerplichtAsync("Parameterwaarde", p.Parameterwaarde);
                await w.EindAsync();
            }

            await w.EindAsync();
        }
    }

    /// <summary>The three ways the TBG-i writes an element.</summary>
    private sealed class Schrijver(XmlWriter xml)
    {
        public Task BeginAsync(string naam) => xml.WriteStartElementAsync(null, naam, null);

        public Task EindAsync() => xml.WriteEndElementAsync();

        /// <summary>A required element: its value, or xsi:nil when it has none.</summary>
        public async Task VerplichtAsync(string naam, string? waarde)
        {
            if (waarde is not null)
            {
                await xml.WriteElementStringAsync(null, naam, null, waarde);
                return;
            }

            await xml.WriteStartElementAsync(null, naam, null);
            await xml.WriteAttributeStringAsync("xsi", "nil", Xsi, "true");
            await xml.WriteEndElementAsync();
        }

        /// <summary>An optional element: left out when it has no value.</summary>
        public Task OptioneelAsync(string naam, string? waarde) =>
            waarde is null ? Task.CompletedTask : xml.WriteElementStringAsync(null, naam, null, waarde);
    }
}
