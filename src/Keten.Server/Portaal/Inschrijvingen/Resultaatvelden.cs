using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>
/// Which input of the BPV and diploma rows a handler's refusal is about (docs/rod-codes.md ROD003, ROD029, ROD050–ROD062,
/// ROD080): the row is found by the volgnummer, date or opleiding the refusal's sleutelgegevens name, the field by the rule.
/// Null when the refusal is about none of the rows shown.
/// </summary>
public static class Resultaatvelden
{
    public static string? Veld(Foutmelding fout, IReadOnlyList<BpvFormulier> bpvs, IReadOnlyList<DiplomaFormulier> diplomas)
    {
        ArgumentNullException.ThrowIfNull(fout);
        ArgumentNullException.ThrowIfNull(bpvs);
        ArgumentNullException.ThrowIfNull(diplomas);
        string? Sleutel(string naam) => fout.Sleutelgegevens.FirstOrDefault(s => s.Sleutelnaam == naam)?.Sleutelwaarde;
        string? Bpv(string? volgnummer, string veld) =>
            Rij(bpvs, b => !b.IsLeeg && (b.Volgnummer ?? "") == (volgnummer ?? "")) is { } n ? BpvFormulier.Naam(n, veld) : null;
        string? Diploma(Func<DiplomaFormulier, bool> past, string veld) =>
            Rij(diplomas, d => !d.IsLeeg && past(d)) is { } n ? DiplomaFormulier.Naam(n, veld) : null;
        string? EersteBpv(string veld) => bpvs.Count > 0 ? BpvFormulier.Naam(1, veld) : null;
        string? EersteDiploma(string veld) => diplomas.Count > 0 ? DiplomaFormulier.Naam(1, veld) : null;

        var bpvVolgnummer = Sleutel("bpvVolgnummer");
        return fout.Foutcode switch
        {
            "ROD060" => Bpv(bpvVolgnummer, "leerbedrijfId"),
            "ROD061" => Bpv(bpvVolgnummer, Rij(bpvs, b => !b.IsLeeg && b.Volgnummer == bpvVolgnummer) is { } r
                && string.CompareOrdinal(bpvs[r - 1].DatumEindeGepland, bpvs[r - 1].DatumBegin) >= 0 ? "datumEindeWerkelijk" : "datumEindeGepland"),
            "ROD062" => Bpv(bpvVolgnummer, "omvangUren"),
            "ROD003" when fout.Sleutelgegevens.Any(s => s.Sleutelnaam == "bpvVolgnummer") => Bpv(bpvVolgnummer, "volgnummer"),
            "ROD003" when fout.Sleutelgegevens.Any(s => s.Sleutelnaam == "resultaatvolgnummer") =>
                Diploma(d => (d.Resultaatvolgnummer ?? "") == (Sleutel("resultaatvolgnummer") ?? ""), "resultaatvolgnummer"),
            "ROD051" => Bpv(Sleutel("volgnummer"), "volgnummer") ?? Diploma(d => d.Resultaatvolgnummer == Sleutel("volgnummer"), "resultaatvolgnummer"),
            "ROD050" => Diploma(d => d.DatumResultaat == Sleutel("datumResultaat"), "datumResultaat"),
            "ROD052" => Diploma(d => d.Opleidingcode == Sleutel("opleidingcode"), "opleidingcode"),
            "ROD029" or "ROD080" when Sleutel("veld") == "bpv" => EersteBpv("volgnummer"),
            "ROD029" or "ROD080" when Sleutel("veld") == "diploma" => EersteDiploma("datumResultaat"),
            _ => null,
        };
    }

    private static int? Rij<T>(IReadOnlyList<T> rijen, Func<T, bool> past)
    {
        for (var i = 0; i < rijen.Count; i++)
        {
            if (past(rijen[i]))
            {
                return i + 1;
            }
        }

        return null;
    }
}
