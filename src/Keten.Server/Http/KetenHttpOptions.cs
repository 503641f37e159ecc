namespace Keten.Server.Http;

/// <summary>
/// The server's HTTP settings (configuration section "Keten"): the public address it is reached on and the
/// maximum size of a request body per door. Defaults and their reasons: docs/decisions/0007-streaming-soap-intake-with-size-limits.md.
/// </summary>
public sealed class KetenHttpOptions
{
    /// <summary>The address of <c>dotnet run</c> (appsettings.json "Urls").</summary>
    public const string StandaardPubliekAdres = "http://localhost:5080";

    /// <summary>4 MiB: over four times the largest realistic aanleveren_aangebodenOpleiding (999 cohorten, 0.97 MB).</summary>
    public const long StandaardMaxSoapBericht = 4 * 1024 * 1024;

    /// <summary>4 MiB: the same content as JSON is 0.61 MB, so the REST door accepts what the SOAP door does.</summary>
    public const long StandaardMaxRestBericht = 4 * 1024 * 1024;

    /// <summary>
    /// Keten:PubliekAdres: scheme, host, port and any path prefix under which clients reach this server (behind a
    /// proxy: the proxy's address). The WSDL's soap:address is built from it, never from the request's Host header.
    /// </summary>
    public Uri PubliekAdres { get; set; } = new(StandaardPubliekAdres);

    /// <summary>Keten:Soap:MaxBerichtgrootte, in bytes.</summary>
    public BerichtLimiet Soap { get; set; } = new() { MaxBerichtgrootte = StandaardMaxSoapBericht };

    /// <summary>Keten:Rest:MaxBerichtgrootte, in bytes; applies to every request that is not SOAP.</summary>
    public BerichtLimiet Rest { get; set; } = new() { MaxBerichtgrootte = StandaardMaxRestBericht };

    /// <summary>The configured address without a trailing slash, for appending paths.</summary>
    public string Basis => PubliekAdres.AbsoluteUri.TrimEnd('/');

    public bool IsGeldig =>
        PubliekAdres is { IsAbsoluteUri: true } adres && (adres.Scheme == Uri.UriSchemeHttp || adres.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(adres.Query) && string.IsNullOrEmpty(adres.Fragment)
        && Soap.MaxBerichtgrootte > 0 && Rest.MaxBerichtgrootte > 0;
}

public sealed class BerichtLimiet
{
    public long MaxBerichtgrootte { get; set; }
}
