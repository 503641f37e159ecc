namespace Keten.Application.Rod.Batch;

/// <summary>One line of a batch file: its line number in the file and its values by column name (an empty field is null).</summary>
public sealed class BatchRegel(long nummer, IReadOnlyDictionary<string, string> waarden)
{
    public long Nummer => nummer;

    public string? Recordsoort => this[BatchKolommen.Recordsoort];

    public string? this[string kolom] => waarden.GetValueOrDefault(kolom);
}
