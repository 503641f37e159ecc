using System.Globalization;
using Keten.Application.Rio;
using Keten.Domain.Bekostiging;
using Keten.Storage.Bekostiging;

namespace Keten.Application.Bekostiging;

/// <summary>
/// What a run stores of a student's funding and how a TBG-i comes back from it: a line per enrolment per teldatum
/// (an enrolment counted on no teldatum: one line without), and one per diploma, each holding its TBG-i record as JSON
/// (an enrolment's with only that teldatum), so the lines of an instelling rebuild its <see cref="Tbgi"/> exactly.
/// </summary>
public static class Runregels
{
    public static IEnumerable<Bekostigingsregel> Van(GelezenStudent gelezen, Studentbekostiging bekostiging, Func<string, bool> omvat)
    {
        ArgumentNullException.ThrowIfNull(gelezen);
        ArgumentNullException.ThrowIfNull(bekostiging);
        ArgumentNullException.ThrowIfNull(omvat);
        foreach (var inschrijving in bekostiging.Inschrijvingen.Where(i => omvat(i.Brin)))
        {
            var herkomst = Herkomst(gelezen, inschrijving.Brin, inschrijving.Inschrijvingvolgnummer);
            if (inschrijving.Teldata.Count == 0)
            {
                yield return Regel(inschrijving, null, herkomst);
            }

            foreach (var teldatum in inschrijving.Teldata)
            {
                yield return Regel(inschrijving with { Teldata = [teldatum] }, teldatum, herkomst);
            }
        }

        foreach (var diploma in bekostiging.Diplomas.Where(d => omvat(d.Brin)))
        {
            yield return new Bekostigingsregel(diploma.Brin, diploma.Persoon, diploma.Inschrijvingvolgnummer, Regelsoort.Diploma, diploma.Resultaatvolgnummer,
                null, diploma.Bekostigingsstatus ? Bekostigingssector.MBO.ToString() : Bekostigingssector.Geen.ToString(), null, diploma.Niveau,
                diploma.Bekostigingsstatus, diploma.Redencode, Miljoensten(diploma.BijdrageDiplomawaarde),
                Herkomst(gelezen, diploma.Brin, diploma.Inschrijvingvolgnummer), RioJson.Serialize(diploma));
        }
    }

    /// <summary>The TBG-i of one instelling from a run's lines of it, in the lines' order.</summary>
    public static Tbgi Tbgi(Bekostigingsrun run, string brin, DateOnly aanmaakdatum, IEnumerable<Bekostigingsregel> regels)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(regels);
        var inschrijvingen = new List<TbgiInschrijving>();
        var diplomas = new List<TbgiDiploma>();
        foreach (var regel in regels)
        {
            if (regel.Soort == Regelsoort.Diploma)
            {
                diplomas.Add(RioJson.Deserialize<TbgiDiploma>(regel.Json));
                continue;
            }

            var inschrijving = RioJson.Deserialize<TbgiInschrijving>(regel.Json);
            if (inschrijvingen.Count > 0 && inschrijvingen[^1] is var vorige
                && vorige.Persoon == inschrijving.Persoon && vorige.Inschrijvingvolgnummer == inschrijving.Inschrijvingvolgnummer)
            {
                inschrijvingen[^1] = vorige with { Teldata = [.. vorige.Teldata, .. inschrijving.Teldata] };
            }
            else
            {
                inschrijvingen.Add(inschrijving);
            }
        }

        return new Tbgi(run.Sector, brin, run.Bekostigingsjaar, aanmaakdatum, inschrijvingen, diplomas);
    }

    private static Bekostigingsregel Regel(TbgiInschrijving inschrijving, TbgiTeldatum? teldatum, Inschrijvingsherkomst herkomst) => new(
        inschrijving.Brin, inschrijving.Persoon, inschrijving.Inschrijvingvolgnummer, Regelsoort.Inschrijving,
        teldatum is null ? "" : teldatum.Teldatum.ToString("yyyyMMdd", CultureInfo.InvariantCulture), teldatum?.Teldatum,
        (teldatum?.Sector ?? Bekostigingssector.Geen).ToString(), teldatum?.Leertraject, teldatum?.Niveau, teldatum?.Bekostigingsstatus ?? false,
        teldatum?.Redencode ?? Geenteldatumcode(inschrijving), Miljoensten(teldatum?.BijdrageInschrijvingAanDeelnemerswaarde), herkomst,
        RioJson.Serialize(inschrijving));

    /// <summary>An enrolment counted on no teldatum: its first signal's code when the determination gave one, else BEK02 (not enrolled on the teldatum).</summary>
    private static string Geenteldatumcode(TbgiInschrijving inschrijving) =>
        inschrijving.Signalen.Count > 0 ? inschrijving.Signalen[0].Signaalcode : Bekostigingsredenen.NietIngeschreven;

    private static Inschrijvingsherkomst Herkomst(GelezenStudent gelezen, string brin, string volgnummer) =>
        gelezen.Herkomst.TryGetValue(new Domain.Rod.InschrijvingSleutel(brin, gelezen.Student.Persoon, volgnummer), out var herkomst)
            ? herkomst
            : throw new InvalidOperationException($"The determination returned a line for an enrolment of {brin} the student does not have.");

    private static long? Miljoensten(decimal? waarde) => waarde is { } w ? (long)decimal.Round(w * 1_000_000m) : null;
}
