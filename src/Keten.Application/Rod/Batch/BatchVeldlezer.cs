using System.Globalization;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;

namespace Keten.Application.Rod.Batch;

/// <summary>
/// Reads the typed fields of one mutation's lines and keeps every field it could not read as a KTN400 naming the column
/// and the line: the school gets all its errors at once. A person's number is never repeated in an error text.
/// </summary>
internal sealed class BatchVeldlezer
{
    private readonly List<Foutmelding> fouten = [];

    public IReadOnlyList<Foutmelding> Fouten => fouten;

    public void Fout(BatchRegel regel, string kolom, string melding) =>
        fouten.Add(Foutcodes.KTN400(kolom, $"regel {regel.Nummer}: {melding}"));

    public void Fout(Foutmelding fout) => fouten.Add(fout);

    public string Verplicht(BatchRegel regel, string kolom)
    {
        if (regel[kolom] is { } waarde)
        {
            return waarde;
        }

        Fout(regel, kolom, "is verplicht");
        return "";
    }

    public DateOnly Datum(BatchRegel regel, string kolom) => Gelezen(regel, kolom, verplicht: true, Datum) ?? default;

    public DateOnly? OptioneleDatum(BatchRegel regel, string kolom) => Gelezen(regel, kolom, verplicht: false, Datum);

    /// <summary>J or N; an empty optional field is N.</summary>
    public bool JaNee(BatchRegel regel, string kolom, bool verplicht = true) =>
        Gelezen<bool>(regel, kolom, verplicht, w => w switch { "J" => true, "N" => false, _ => null }, "waarde uit J, N") ?? false;

    public int? Getal(BatchRegel regel, string kolom) =>
        Gelezen(regel, kolom, verplicht: false, w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var g) ? g : (int?)null, "geheel getal");

    public Guid? Uuid(BatchRegel regel, string kolom) =>
        Gelezen(regel, kolom, verplicht: false, w => Guid.TryParseExact(w, "D", out var g) ? g : (Guid?)null, "UUID (8-4-4-4-12 hexadecimale cijfers)");

    /// <summary>One of the enum's names, exactly as written (DLR, GLR; VO, MBO).</summary>
    public T? Keuze<T>(BatchRegel regel, string kolom, bool verplicht = false)
        where T : struct, Enum =>
        Gelezen(regel, kolom, verplicht, w => Enum.GetNames<T>().Contains(w, StringComparer.Ordinal) ? Enum.Parse<T>(w) : (T?)null,
            "waarde uit " + string.Join(", ", Enum.GetNames<T>()));

    private static DateOnly? Datum(string waarde) =>
        DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) ? datum : null;

    private T? Gelezen<T>(BatchRegel regel, string kolom, bool verplicht, Func<string, T?> lees, string verwacht = "datum (jjjj-mm-dd)")
        where T : struct
    {
        if (regel[kolom] is not { } waarde)
        {
            if (verplicht)
            {
                Fout(regel, kolom, "is verplicht");
            }

            return null;
        }

        if (lees(waarde) is { } gelezen)
        {
            return gelezen;
        }

        Fout(regel, kolom, BatchKolommen.IsPersoonsnummer(kolom) ? $"is geen {verwacht}" : $"'{waarde}' is geen {verwacht}");
        return null;
    }
}
