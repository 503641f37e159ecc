namespace Keten.Storage.Referentie;

/// <summary>
/// One item of a section as read: the record (null when a field was wrong), its natural key (null when a key
/// field was wrong), the name of the field a duplicate key is reported on, and the reader that knows its lines.
/// </summary>
internal sealed record Gelezen<T>(T? Item, string? Sleutel, string Sleutelveld, VeldLezer Velden)
    where T : class;
