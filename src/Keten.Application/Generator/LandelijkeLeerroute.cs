using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rod;

namespace Keten.Application.Generator;

/// <summary>
/// A leerroute of the national data set: an MBO and a VO aanbieder whose aangeboden opleidingen name each other with the
/// same doorlopendeLeerlijnVmboMbo kenmerk (so RIO has it gevestigd), the CREBO the MBO side offers and the VO side's vakerkenning.
/// </summary>
public sealed record LandelijkeLeerroute(
    LandelijkeAanbieder Mbo,
    LandelijkeAanbieder Vo,
    Leerroutesoort Soort,
    string Crebo,
    VoVakerkenning Vak,
    AangebodenOpleiding MboOpleiding,
    AangebodenOpleiding VoOpleiding);
