using System.Globalization;
using Keten.Domain.Rod;
using Keten.Domain.Rod.Identificatie;

namespace Keten.Application.Generator;

/// <summary>
/// The persons of the national data set, numbered in the order they are made: BSNs 9nnnnnnnc (a 9 up front, so outside
/// the numbers issued today, with a valid 11-proef check digit; numbers whose check would be 10 are skipped) and, for one
/// person in <see cref="OnderwijsnummerPer"/>, an onderwijsnummer instead, taken from the top of the register's number
/// space downwards (<see cref="Onderwijsnummers"/>), far from where the identificatieverzoek issues them upwards.
/// </summary>
internal sealed class LandelijkePersonen
{
    public const int OnderwijsnummerPer = 200;

    private int personen;
    private int bsn;
    private long onderwijsnummer = Onderwijsnummers.Hoogste;

    public Persoonsnummer Volgende()
    {
        if (++personen % OnderwijsnummerPer == 0)
        {
            return Persoonsnummer.Onderwijsnummer(VolgendOnderwijsnummer());
        }

        return Persoonsnummer.Bsn(Geldig("9", 10_000_000, ref bsn, Persoonsnummer.IsGeldigBsn));
    }

    private string VolgendOnderwijsnummer()
    {
        while (onderwijsnummer > 0)
        {
            if (Onderwijsnummers.Voor(onderwijsnummer--) is { } nummer)
            {
                return nummer;
            }
        }

        throw new InvalidOperationException("The national data set has no more onderwijsnummers.");
    }

    private static string Geldig(string voor, int ruimte, ref int teller, Func<string, bool> geldig)
    {
        while (true)
        {
            if (teller >= ruimte)
            {
                throw new InvalidOperationException($"The national data set has no more synthetic numbers starting with {voor}.");
            }

            var basis = voor + teller++.ToString(CultureInfo.InvariantCulture).PadLeft(8 - voor.Length, '0');
            for (var c = 0; c <= 9; c++)
            {
                var nummer = basis + (char)('0' + c);
                if (geldig(nummer))
                {
                    return nummer;
                }
            }
        }
    }
}
