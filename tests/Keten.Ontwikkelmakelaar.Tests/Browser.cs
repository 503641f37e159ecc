using System.Net;

namespace Keten.Ontwikkelmakelaar.Tests;

/// <summary>
/// A browser over TestServers: each host name goes to its server's handler; cookies are kept per host (their
/// attributes ignored, the servers run on http); redirects are followed.
/// </summary>
public sealed class Browser(IReadOnlyDictionary<string, HttpMessageHandler> hosts)
{
    private readonly Dictionary<string, Dictionary<string, string>> _cookies = [];
    private Uri? _huidig;

    public Task<HttpResponseMessage> GetAsync(string url) => VolgAsync(new HttpRequestMessage(HttpMethod.Get, Adres(url)));

    /// <summary>Posts a form; a relative action is resolved against the page the browser is on.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> velden) =>
        VolgAsync(new HttpRequestMessage(HttpMethod.Post, Adres(url)) { Content = new FormUrlEncodedContent(velden) });

    private Uri Adres(string url) => _huidig is null ? new Uri(url) : new Uri(_huidig, url);

    private async Task<HttpResponseMessage> VolgAsync(HttpRequestMessage verzoek)
    {
        for (var stap = 0; stap < 10; stap++)
        {
            var antwoord = await StuurAsync(verzoek);
            _huidig = verzoek.RequestUri;
            if (antwoord.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.RedirectKeepVerb))
            {
                return antwoord;
            }
            verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri(verzoek.RequestUri!, antwoord.Headers.Location!));
        }
        throw new InvalidOperationException("Too many redirects.");
    }

    private async Task<HttpResponseMessage> StuurAsync(HttpRequestMessage verzoek)
    {
        var host = verzoek.RequestUri!.Host;
        var koekjes = _cookies.TryGetValue(host, out var bestaand) ? bestaand : _cookies[host] = [];
        if (koekjes.Count > 0)
        {
            verzoek.Headers.Add("Cookie", string.Join("; ", koekjes.Select(k => $"{k.Key}={k.Value}")));
        }
        using var client = new HttpClient(hosts[host], disposeHandler: false);
        var antwoord = await client.SendAsync(verzoek);
        foreach (var koekje in antwoord.Headers.TryGetValues("Set-Cookie", out var waarden) ? waarden : [])
        {
            var naamWaarde = koekje.Split(';')[0].Split('=', 2);
            koekjes[naamWaarde[0]] = naamWaarde[1];
        }
        return antwoord;
    }
}
