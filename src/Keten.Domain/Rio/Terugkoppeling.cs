using Keten.Domain.Gemeenschappelijk;

namespace Keten.Domain.Rio;

/// <summary>
/// The answer to an aanleveren_ or verwijderen_: approved or not, every foutmelding at once, and the
/// code RIO issued to a new object (onderwijsaanbiedercode, onderwijslocatiecode, opleidingseenheidcode).
/// </summary>
public sealed record Terugkoppeling(bool RequestGoedgekeurd, IReadOnlyList<Foutmelding> Foutmeldingen, string? ToegekendeCode)
{
    public static Terugkoppeling Goedgekeurd(string? toegekendeCode = null) => new(true, [], toegekendeCode);

    public static Terugkoppeling Afgekeurd(IReadOnlyList<Foutmelding> foutmeldingen) => new(false, foutmeldingen, null);
}
