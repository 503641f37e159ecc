using Keten.Domain.Referentie;

namespace Keten.Storage.Referentie;

/// <summary>Either the reference data of a whole file, or every reason it was refused; never both.</summary>
public sealed record ReferentiedataLeesresultaat
{
    private ReferentiedataLeesresultaat(Referentiedata? referentiedata, IReadOnlyList<ReferentiedataFout> fouten)
    {
        Referentiedata = referentiedata;
        Fouten = fouten;
    }

    /// <summary>The data; null when the file was refused.</summary>
    public Referentiedata? Referentiedata { get; }

    /// <summary>All errors, in the order they occur in the file; empty when the file was accepted.</summary>
    public IReadOnlyList<ReferentiedataFout> Fouten { get; }

    public bool IsGeldig => Referentiedata is not null;

    public static ReferentiedataLeesresultaat Geldig(Referentiedata referentiedata) => new(referentiedata, []);

    public static ReferentiedataLeesresultaat Ongeldig(IReadOnlyList<ReferentiedataFout> fouten) =>
        fouten.Count == 0 ? throw new ArgumentException("A refused file has at least one error.", nameof(fouten)) : new(null, fouten);
}
