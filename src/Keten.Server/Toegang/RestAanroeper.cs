using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Toegang;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Toegang;
using Keten.Server.Rio.Rest;
using Keten.Server.Soap.Beveiliging;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Keten.Server.Toegang;

/// <summary>
/// Who calls an endpoint of the JSON API (ADR 0020), in this order: the TLS client certificate (software: its OIN's
/// board, judged as on SOAP, EK0030 when wrong), else the login session (a medewerker of a board holding one of the
/// endpoint's functions), else, only with <see cref="SoapBeveiligingsmodus.Uit"/>, the OIN the development header names.
/// Nobody: 401 TGA020. The caller is kept on the request for <see cref="RestAntwoorden.Afzender"/>.
/// </summary>
public static class RestAanroeper
{
    /// <summary>Development only (Keten:Soap:Beveiliging:Modus Uit): the caller names its OIN itself.</summary>
    public const string OntwikkelHeader = "Keten-Ontwikkel-OIN";

    private const string ItemSleutel = "Keten.Afzender";

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var regel = http.GetEndpoint()?.Metadata.GetMetadata<Toegangsregel>()
            ?? throw new InvalidOperationException("Endpoint without Toegangsregel.");
        var (afzender, fout) = await BepaalAsync(http, regel.Functies);
        if (afzender is null)
        {
            return fout;
        }

        http.Items[ItemSleutel] = afzender;
        return await next(context);
    }

    /// <summary>The caller <see cref="FilterAsync"/> established; only endpoints declared <c>VoorAanroeper</c> have one.</summary>
    public static Afzender Van(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items[ItemSleutel] as Afzender
            ?? throw new InvalidOperationException("No caller on this request: declare the endpoint with VoorAanroeper(...).");
    }

    private static async Task<(Afzender? Afzender, IResult? Fout)> BepaalAsync(HttpContext http, IReadOnlyList<Functie> functies)
    {
        var diensten = http.RequestServices;
        var referentie = diensten.GetRequiredService<ReferentiedataBron>();
        if (http.Request.IsHttps && await http.Connection.GetClientCertificateAsync(http.RequestAborted) is not null)
        {
            var (certificaat, weigering) = await SoapClientcertificaat.BeoordeelAsync(http, diensten.GetRequiredService<TimeProvider>());
            return certificaat is null
                ? (null, Weiger(ToegangFoutcodes.EK0030(weigering!), StatusCodes.Status401Unauthorized))
                : (referentie.Afzender(certificaat.Oin) with
                {
                    Deur = Deur.Rest,
                    Handelende = new Handelende(HandelendeSoort.Certificaat, certificaat.Oin),
                }, null);
        }

        if (http.User.Identity?.IsAuthenticated != true && await http.AuthenticateAsync(ToegangSessie.Schema) is { Succeeded: true, Principal: { } sessie })
        {
            http.User = sessie;
        }

        if (ToegangClaims.Lees(http.User) is { } aanmelding)
        {
            return await MedewerkerAsync(http, aanmelding, referentie, functies);
        }

        var ontwikkelOin = http.Request.Headers[OntwikkelHeader].ToString();
        if (ontwikkelOin.Length > 0 && diensten.GetRequiredService<IOptions<SoapBeveiligingOptions>>().Value.Modus == SoapBeveiligingsmodus.Uit)
        {
            return (referentie.Afzender(ontwikkelOin) with
            {
                Deur = Deur.Rest,
                Handelende = new Handelende(HandelendeSoort.Ontwikkel, ontwikkelOin),
            }, null);
        }

        return (null, Weiger(ToegangFoutcodes.TGA020(), StatusCodes.Status401Unauthorized));
    }

    private static async Task<(Afzender? Afzender, IResult? Fout)> MedewerkerAsync(HttpContext http, Aanmelding aanmelding, ReferentiedataBron referentie,
        IReadOnlyList<Functie> functies)
    {
        var uitkomst = await http.RequestServices.GetRequiredService<HuidigeMedewerkerBepaling>().BepaalAsync(aanmelding, http.RequestAborted);
        if (uitkomst.Waarde is not { } medewerker)
        {
            var fout = uitkomst.Fout!;
            return (null, Weiger(fout, fout.Foutcode is "TGA013" or "TGA018" ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized));
        }

        if (!medewerker.Autorisaties.Any(a => functies.Contains(a.Functie)))
        {
            return (null, Weiger(ToegangFoutcodes.TGA021(string.Join(" of ", functies)), StatusCodes.Status403Forbidden));
        }

        return (MedewerkerAfzender.Van(medewerker, referentie.Huidig, Deur.Rest), null);
    }

    private static IResult Weiger(Foutmelding fout, int status) => RestAntwoorden.Probleem([fout], status);
}
