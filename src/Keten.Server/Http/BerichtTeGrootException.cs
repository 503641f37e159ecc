namespace Keten.Server.Http;

/// <summary>A request body is (or announces to be) larger than the door's limit; it is not read any further.</summary>
public sealed class BerichtTeGrootException(long limiet)
    : IOException($"The request body is larger than the maximum of {limiet} bytes.")
{
    public long Limiet { get; } = limiet;
}
