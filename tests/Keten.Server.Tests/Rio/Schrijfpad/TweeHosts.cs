using System.Net.Http.Json;
using System.Text.Json;
using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Server.Tests.Server;
using Keten.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Keten.Server.Tests.Rio.Server.DemoBesturen;

namespace Keten.Server.Tests.Rio.Schrijfpad;

/// <summary>
/// Two Keten hosts on one database, as two server processes would be: two DI containers, two stores, two connection
/// pools. Host A seeds the demo content; host B starts after it, without seeding.
/// </summary>
internal sealed class TweeHosts : IAsyncDisposable
{
    private readonly KetenTestServer serverA;
    private readonly KetenTestServer serverB;

    private TweeHosts(KetenTestServer serverA, HttpClient a, KetenTestServer serverB, HttpClient b)
    {
        this.serverA = serverA;
        this.serverB = serverB;
        A = a;
        B = b;
    }

    public HttpClient A { get; }

    public HttpClient B { get; }

    /// <summary>Moves both hosts' clocks, as two processes on one machine share its time.</summary>
    public void ZetKlok(DateTimeOffset moment)
    {
        serverA.Clock.SetUtcNow(moment);
        serverB.Clock.SetUtcNow(moment);
    }

    /// <summary>Serialization retries of both hosts' stores so far (always 0 on SQLite).</summary>
    public long Herhalingen => Herhaling(serverA) + Herhaling(serverB);

    public static TweeHosts Start(string connectionString, IReadOnlyDictionary<string, string>? instellingen = null)
    {
        var serverA = new KetenTestServer(connectionString, demo: true, instellingen: instellingen);
        var a = serverA.CreateClient();
        var serverB = new KetenTestServer(connectionString, instellingen: instellingen);
        var b = serverB.CreateClient();
        return new TweeHosts(serverA, a, serverB, b);
    }

    /// <summary>
    /// A new onderwijsaanbieder (a copy of the demo aanbieder <paramref name="voorbeeld"/> without code, sent by its
    /// board); returns the answer.
    /// </summary>
    public static async Task<Terugkoppeling> NieuweAanbiederAsync(HttpClient client, string voorbeeld, string oin)
    {
        var aanbieder = await client.GetFromJsonAsync<Onderwijsaanbieder>($"/api/rio/onderwijsaanbieders/{voorbeeld}", RioJson.Options);
        using var antwoord = await RestAsync(client, HttpMethod.Post, "/api/rio/onderwijsaanbieders", aanbieder! with { Onderwijsaanbiedercode = null }, oin: oin);
        return (await antwoord.Content.ReadFromJsonAsync<Terugkoppeling>(RioJson.Options))!;
    }

    /// <summary>A new onderwijsaanbieder of ROC Voorbeeld (a copy of 110A001); returns the issued code.</summary>
    public static async Task<string> NieuweAanbiederAsync(HttpClient client) =>
        (await NieuweAanbiederAsync(client, "110A001", RocVoorbeeldOin)).ToegekendeCode!;

    public static async Task<HttpResponseMessage> RestAsync(
        HttpClient client, HttpMethod method, string pad, object? body = null, string? bedrijfsdocumentId = null, string oin = RocVoorbeeldOin)
    {
        using var request = new HttpRequestMessage(method, pad);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: RioJson.Options);
        }

        request.Headers.Add("Keten-Ontwikkel-OIN", oin);
        if (bedrijfsdocumentId is not null)
        {
            request.Headers.Add("Keten-Bedrijfsdocument-Id", bedrijfsdocumentId);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Sends both at one moment (a barrier, one on each thread) and waits for both answers: a race of two deliveries.</summary>
    public static async Task<(HttpResponseMessage A, HttpResponseMessage B)> TegelijkAsync(Func<Task<HttpResponseMessage>> a, Func<Task<HttpResponseMessage>> b)
    {
        using var start = new Barrier(2);
        var taakA = Task.Run(async () =>
        {
            start.SignalAndWait();
            return await a();
        });
        var taakB = Task.Run(async () =>
        {
            start.SignalAndWait();
            return await b();
        });
        return (await taakA, await taakB);
    }

    /// <summary>The "code" of a ProblemDetails answer.</summary>
    public static async Task<string?> CodeAsync(HttpResponseMessage antwoord)
    {
        using var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    private static long Herhaling(KetenTestServer server) =>
        ((SqlKetenStore)server.Services.GetRequiredService<IKetenStore>()).Herhalingen;

    public async ValueTask DisposeAsync()
    {
        A.Dispose();
        B.Dispose();
        await serverB.DisposeAsync();
        await serverA.DisposeAsync();
    }
}
