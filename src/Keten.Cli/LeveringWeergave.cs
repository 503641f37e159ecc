using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rio.Proefdraai;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;

namespace Keten.Cli;

/// <summary>
/// The answer to a CLI delivery: JSON (the Terugkoppeling, or in a dry run the same Proefdraaiantwoord as REST), or a
/// readable Dutch text: goedgekeurd/afgekeurd with the foutmeldingen, and in a dry run a table of what would change.
/// </summary>
internal static class LeveringWeergave
{
    public static string Van(VerwerkResultaat resultaat, bool proefdraai, bool json)
    {
        if (json)
        {
            return proefdraai ? RioJson.Serialize(Proefdraaiantwoord.Van(resultaat)) : RioJson.Serialize(resultaat.Antwoord);
        }

        var tekst = new StringBuilder();
        if (proefdraai)
        {
            tekst.AppendLine("Proefdraai: er is niets gewijzigd of vastgelegd.");
        }

        Terugkoppeling(tekst, resultaat.Antwoord);
        if (proefdraai && resultaat.Antwoord.RequestGoedgekeurd)
        {
            Verschillen(tekst, ObjectVerschillen.Bepaal(resultaat));
        }

        return tekst.ToString().TrimEnd();
    }

    private static void Terugkoppeling(StringBuilder tekst, Terugkoppeling antwoord)
    {
        if (antwoord.RequestGoedgekeurd)
        {
            tekst.AppendLine(antwoord.ToegekendeCode is { } code ? $"Goedgekeurd; toegekende code: {code}" : "Goedgekeurd");
            return;
        }

        tekst.AppendLine("Afgekeurd:");
        Foutregels(tekst, antwoord.Foutmeldingen);
    }

    /// <summary>One line per foutmelding: code, text and sleutelgegevens.</summary>
    public static void Foutregels(StringBuilder tekst, IEnumerable<Foutmelding> fouten, string voorvoegsel = "")
    {
        foreach (var fout in fouten)
        {
            var sleutels = string.Join(", ", fout.Sleutelgegevens.Select(s => $"{s.Sleutelnaam}={s.Sleutelwaarde}"));
            tekst.AppendLine($"  {voorvoegsel}{fout.Foutcode}  {fout.Fouttekst}  ({sleutels})");
        }
    }

    private static void Verschillen(StringBuilder tekst, IReadOnlyList<ObjectVerschil> verschillen)
    {
        tekst.AppendLine($"{"SOORT",-24}  {"SLEUTEL",-36}  WIJZIGING");
        foreach (var o in verschillen)
        {
            tekst.AppendLine($"{Naam(o.ObjectSoort.ToString()),-24}  {o.Sleutel,-36}  {Naam(o.Soort.ToString())}");
            foreach (var v in o.Velden)
            {
                tekst.AppendLine($"    {Naam(v.Soort.ToString()),-11} {v.Pad}: {Waarde(v.Oud)} → {Waarde(v.Nieuw)}");
            }
        }
    }

    private static string Naam(string enumwaarde) => JsonNamingPolicy.CamelCase.ConvertName(enumwaarde);

    private static string Waarde(JsonNode? waarde) => waarde?.ToJsonString(RioJson.Options) ?? "—";
}
