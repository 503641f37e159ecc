using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Keten.Bench.Last;

/// <summary>
/// Sends requests made by <c>maak</c> (called with a running number) to the urls round-robin and times every one.
/// Closed loop: <c>clients</c> senders, each waits for its answer before the next. Open loop: requests start at a fixed
/// rate whatever the answers do, and latency counts from the moment a request was due, so a server that falls behind
/// shows it. Requests that start during the warm-up are not counted.
/// </summary>
internal sealed class Belasting(IReadOnlyList<Uri> urls, int clients, Func<long, Envelop> maak, Func<string, string?> controleer) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(clients, 1),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        AutomaticDecompression = DecompressionMethods.None,
        UseProxy = false,
    })
    { Timeout = TimeSpan.FromSeconds(60) };

    private readonly ConcurrentQueue<(double VanafS, double LatentieMs)> _tijdlijn = new();
    private DateTimeOffset _begin;
    private long _volgnummer = -1;
    private int _fouten;
    private string? _eersteFout;

    public async Task<(List<double> LatentiesMs, int Fouten, string? EersteFout)> GeslotenAsync(TimeSpan opwarmen, TimeSpan duur, int? maxAantal = null)
    {
        var klok = Stopwatch.StartNew();
        _begin = DateTimeOffset.UtcNow;
        var meten = opwarmen;
        var einde = opwarmen + duur;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (klok.Elapsed < einde && (maxAantal is not { } max || _tijdlijn.Count + _fouten < max))
            {
                var begin = klok.Elapsed;
                await StuurAsync(klok, begin, begin >= meten);
            }
        })));
        return Resultaat();
    }

    public async Task<(List<double> LatentiesMs, int Fouten, string? EersteFout)> OpenAsync(double tempo, TimeSpan opwarmen, TimeSpan duur)
    {
        var klok = Stopwatch.StartNew();
        _begin = DateTimeOffset.UtcNow;
        var lopend = new List<Task>();
        var totaal = (long)(tempo * (opwarmen + duur).TotalSeconds);
        using var maxInVlucht = new SemaphoreSlim(4096);
        for (long k = 0; k < totaal; k++)
        {
            var gepland = TimeSpan.FromSeconds(k / tempo);
            if (gepland > klok.Elapsed)
            {
                await Task.Delay(gepland - klok.Elapsed);
            }

            await maxInVlucht.WaitAsync();
            lopend.Add(Task.Run(async () =>
            {
                try
                {
                    await StuurAsync(klok, gepland, gepland >= opwarmen);
                }
                finally
                {
                    maxInVlucht.Release();
                }
            }));
        }

        await Task.WhenAll(lopend);
        return Resultaat();
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Each counted request as "when it was due (s since start) and its latency (ms)", in completion order, after
    /// a line "# begin" with the start as Unix time in ms: to see whether a tail is spread over the run (queueing) or
    /// bunched in moments (a stall), and to set those moments beside what the server and the database logged.</summary>
    public async Task SchrijfTijdlijnAsync(string pad) =>
        await File.WriteAllLinesAsync(pad, _tijdlijn.Select(t => FormattableString.Invariant($"{t.VanafS:0.0000} {t.LatentieMs:0.00}"))
            .Prepend(FormattableString.Invariant($"# begin {_begin.ToUnixTimeMilliseconds()}")));

    private async Task StuurAsync(Stopwatch klok, TimeSpan vanaf, bool tellen)
    {
        var nummer = Interlocked.Increment(ref _volgnummer);
        using var request = maak(nummer).Verzoek(urls[(int)(nummer % urls.Count)]);
        string? fout;
        try
        {
            using var response = await _http.SendAsync(request);
            var tekst = await response.Content.ReadAsStringAsync();
            fout = response.StatusCode == HttpStatusCode.OK ? controleer(tekst) : $"HTTP {(int)response.StatusCode}: {Kort(tekst)}";
        }
        catch (HttpRequestException e)
        {
            fout = e.Message;
        }
        catch (TaskCanceledException e)
        {
            fout = "timeout: " + e.Message;
        }

        var latentie = (klok.Elapsed - vanaf).TotalMilliseconds;
        if (!tellen)
        {
            return;
        }

        if (fout is null)
        {
            _tijdlijn.Enqueue((vanaf.TotalSeconds, latentie));
        }
        else
        {
            Interlocked.Increment(ref _fouten);
            Interlocked.CompareExchange(ref _eersteFout, fout, null);
        }
    }

    private (List<double>, int, string?) Resultaat() => ([.. _tijdlijn.Select(t => t.LatentieMs)], _fouten, _eersteFout);

    public static string Kort(string tekst) => tekst.Length > 300 ? tekst[..300] + "…" : tekst;
}
