namespace Keten.Toegang;

/// <summary>
/// A message refused by one of Toegang's checks: the code, its Dutch text and the part of the message it is about
/// (an element, attribute or claim name), never a value from the message such as a person's identifier.
/// </summary>
public abstract class WeigeringException<TWeigering>(TWeigering weigering, string tekst, string veld)
    : Exception($"{weigering}: {tekst} ({veld})")
    where TWeigering : struct, Enum
{
    public TWeigering Weigering { get; } = weigering;

    public string Veld { get; } = veld;
}
