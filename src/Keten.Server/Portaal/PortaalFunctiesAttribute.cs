using Keten.Domain.Toegang;

namespace Keten.Server.Portaal;

/// <summary>
/// The functions of which a medewerker must hold one (for at least one aanbieder) to open a portal page; the handlers
/// behind it judge every object per aanbieder, as on every door. A page without it is open to every logged-in medewerker.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class PortaalFunctiesAttribute(params Functie[] functies) : Attribute
{
    public IReadOnlyList<Functie> Functies { get; } = functies;
}

/// <summary>A portal page anyone may open without logging in (the login page, the explanation of a refusal).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class OpenbarePortaalpaginaAttribute : Attribute;
