using System.Text.RegularExpressions;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Referentie;

namespace Keten.Domain.Rod.Regels;

/// <summary>
/// The BPVs and diplomas of an MBO enrolment (domain.md rules 7, 45, 47): volgnummers of 1–20 letters or digits, each
/// once; SBB's 9-digit LeerbedrijfID; a BPV does not end before it begins; a diploma's date is the werkelijke datum
/// uitschrijving and its opleiding one the enrolment followed. A VO enrolment has neither.
/// </summary>
public static partial class ResultaatRegels
{
    public static void Controleer(Inschrijving i, List<Foutmelding> fouten)
    {
        if (i.Sector == Sector.VO)
        {
            InschrijvingRegels.Geen(i.Bpvs.Count > 0 ? i.Bpvs : null, "bpv", fouten);
            InschrijvingRegels.Geen(i.Diplomas.Count > 0 ? i.Diplomas : null, "diploma", fouten);
            return;
        }

        Volgnummers(i.Bpvs.Select(b => b.Volgnummer), "bpvVolgnummer", fouten);
        foreach (var bpv in i.Bpvs)
        {
            if (!LeerbedrijfId().IsMatch(bpv.LeerbedrijfId))
            {
                fouten.Add(RodFoutcodes.ROD060(bpv.Volgnummer));
            }

            if (bpv.DatumEindeGepland < bpv.DatumBegin || bpv.DatumEindeWerkelijk < bpv.DatumBegin)
            {
                fouten.Add(RodFoutcodes.ROD061(bpv.Volgnummer));
            }

            if (bpv.OmvangUren is < 0 or > 9999)
            {
                fouten.Add(RodFoutcodes.ROD062(bpv.Volgnummer));
            }
        }

        Volgnummers(i.Diplomas.Select(d => d.Resultaatvolgnummer), "resultaatvolgnummer", fouten);
        foreach (var diploma in i.Diplomas)
        {
            if (diploma.DatumResultaat != i.DatumUitschrijvingWerkelijk)
            {
                fouten.Add(RodFoutcodes.ROD050(diploma.DatumResultaat, i.DatumUitschrijvingWerkelijk));
            }

            if (i.Perioden.All(p => p.Opleidingcode != diploma.Opleidingcode))
            {
                fouten.Add(RodFoutcodes.ROD052(diploma.Opleidingcode));
            }
        }
    }

    private static void Volgnummers(IEnumerable<string> volgnummers, string veld, List<Foutmelding> fouten)
    {
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        foreach (var volgnummer in volgnummers)
        {
            if (!Volgnummer.IsGeldig(volgnummer))
            {
                fouten.Add(RodFoutcodes.ROD003(veld, volgnummer));
            }
            else if (!gezien.Add(volgnummer))
            {
                fouten.Add(RodFoutcodes.ROD051(volgnummer));
            }
        }
    }

    [GeneratedRegex("^[1-9][0-9]{8}$")]
    private static partial Regex LeerbedrijfId();
}
