using System.Text.Json.Serialization;
using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;

namespace Keten.Application.Rio.Proefdraai;

/// <summary>
/// The answer to a dry run: the full Terugkoppeling the delivery would get, and what it would do to each stored
/// object. Nothing was changed and nothing recorded, not even the bedrijfsdocument id.
/// </summary>
public sealed record Proefdraaiantwoord(Terugkoppeling Terugkoppeling, IReadOnlyList<ObjectVerschil> Verschillen)
{
    /// <summary>Always true, first in the JSON, so a client cannot mistake the answer for a real delivery's.</summary>
    [JsonPropertyOrder(-1)]
    public bool Proefdraai => true;

    public static Proefdraaiantwoord Van(VerwerkResultaat resultaat)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        return new Proefdraaiantwoord(resultaat.Antwoord, ObjectVerschillen.Bepaal(resultaat));
    }
}
