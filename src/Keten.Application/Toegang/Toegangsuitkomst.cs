using Keten.Domain.Gemeenschappelijk;

namespace Keten.Application.Toegang;

/// <summary>What an account action gives back: its value, or the one foutmelding that refused it (nothing changed then).</summary>
public sealed record Toegangsuitkomst<T>(T? Waarde, Foutmelding? Fout)
{
    public static implicit operator Toegangsuitkomst<T>(T waarde) => new(waarde, null);

    public static implicit operator Toegangsuitkomst<T>(Foutmelding fout) => new(default, fout);
}
