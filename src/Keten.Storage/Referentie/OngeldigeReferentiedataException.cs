namespace Keten.Storage.Referentie;

/// <summary>A reference-data file was refused; nothing of it was loaded. Carries every error found.</summary>
public sealed class OngeldigeReferentiedataException(string bron, IReadOnlyList<ReferentiedataFout> fouten)
    : Exception($"Referentiedata {bron} geweigerd ({fouten.Count} fout(en)):{Environment.NewLine}{string.Join(Environment.NewLine, fouten)}")
{
    public string Bron { get; } = bron;

    public IReadOnlyList<ReferentiedataFout> Fouten { get; } = fouten;
}
