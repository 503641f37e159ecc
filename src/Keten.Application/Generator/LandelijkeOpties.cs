namespace Keten.Application.Generator;

/// <summary>
/// The size of a synthetic national RIO data set. The defaults are about the Netherlands' size: 61 MBO
/// institutions, 650 VO schools, 60,000 aangeboden opleidingen. The same options give the same data.
/// </summary>
public sealed record LandelijkeOpties(int Seed = 42, int Mbo = 61, int Vo = 650, int Opleidingen = 60_000)
{
    /// <summary>Every VO board runs this many schools (the last board may run fewer).</summary>
    public const int VoScholenPerBestuur = 2;

    /// <summary>Every MBO aanbieder teaches at this many locaties; a VO aanbieder at one.</summary>
    public const int MboLocatiesPerAanbieder = 3;

    /// <summary>Of every five aangeboden opleidingen, this many are MBO and the rest VO.</summary>
    public const int MboOpleidingenPerVijf = 3;
}
