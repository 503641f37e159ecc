using System.Globalization;
using Keten.Application.Generator;

namespace Keten.Bench.Last;

/// <summary>`--naam waarde` pairs; --url may be given more than once.</summary>
internal sealed class Argumenten
{
    private readonly Dictionary<string, List<string>> _waarden = new(StringComparer.Ordinal);

    public Argumenten(IEnumerable<string> args)
    {
        string? naam = null;
        foreach (var arg in args)
        {
            if (naam is null)
            {
                naam = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : throw new ArgumentException($"expected --name, got '{arg}'");
                continue;
            }

            if (!_waarden.TryGetValue(naam, out var lijst))
            {
                _waarden[naam] = lijst = [];
            }

            lijst.Add(arg);
            naam = null;
        }

        if (naam is not null)
        {
            throw new ArgumentException($"--{naam} has no value");
        }
    }

    public string Tekst(string naam, string? anders = null) =>
        _waarden.TryGetValue(naam, out var l) ? l[^1] : anders ?? throw new ArgumentException($"--{naam} is required");

    public IReadOnlyList<string> Alle(string naam) =>
        _waarden.TryGetValue(naam, out var l) ? l : throw new ArgumentException($"--{naam} is required");

    public int Getal(string naam, int anders) => _waarden.ContainsKey(naam) ? int.Parse(Tekst(naam), CultureInfo.InvariantCulture) : anders;

    public double Kommagetal(string naam, double anders) =>
        _waarden.ContainsKey(naam) ? double.Parse(Tekst(naam), CultureInfo.InvariantCulture) : anders;

    /// <summary>The national data set the server holds: the same options as `keten genereer landelijk` got.</summary>
    public LandelijkeDataset Dataset()
    {
        var standaard = new LandelijkeOpties();
        return new LandelijkeDataset(new LandelijkeOpties(
            Getal("seed", standaard.Seed), Getal("mbo", standaard.Mbo), Getal("vo", standaard.Vo), Getal("opleidingen", standaard.Opleidingen)));
    }
}
