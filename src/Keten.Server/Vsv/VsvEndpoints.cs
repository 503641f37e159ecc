using Keten.Application.Rio;
using Keten.Application.Toegang;
using Keten.Application.Vsv;
using Keten.Domain.Rio;
using Keten.Domain.Toegang;
using Keten.Domain.Vsv;
using Keten.Server.Rio.Rest;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Vsv;

/// <summary>
/// GET /api/vsv/rapport?peiljaar=t[&amp;brin=][&amp;bekendOp=]: the VSV report of the sender's own instellingen (or one of
/// them) between 1 October t and 1 October t+1, with the leavers by person number in the body only (docs/vsv.md).
/// Another board's BRIN is 404, as for an enrolment; one of the board's that a medewerker is not authorised for 403
/// AUT401 (docs/toegang.md); a wrong parameter 400 KTN400 naming it.
/// </summary>
public static class VsvEndpoints
{
    public static RouteGroupBuilder MapVsv(this RouteGroupBuilder vsv)
    {
        vsv.MapGet("/rapport", RapportAsync)
            .WithSummary("Voortijdig schoolverlaten tussen 1 oktober t (?peiljaar) en 1 oktober t+1 van de eigen instellingen (of ?brin), "
                + "met noemer, percentage en de verlaters zonder startkwalificatie, zoals bekend op ?bekendOp");
        return vsv;
    }

    private static async Task<Results<Ok<Vsvrapport>, ProblemHttpResult>> RapportAsync(string? peiljaar, string? brin, string? bekendOp,
        HttpRequest request, VsvRapportage rapportage, ReferentiedataBron referentie, Instellingsbevoegdheid bevoegdheid, CancellationToken ct)
    {
        var (moment, fout) = RestAntwoorden.Moment("bekendOp", bekendOp);
        if (fout is not null)
        {
            return fout;
        }

        var (meting, ongeldig) = VsvRapportage.LeesPeiljaar(peiljaar);
        if (meting is null)
        {
            return RestAntwoorden.Ongeldig("peiljaar", ongeldig!, "Het verzoek voldoet niet aan het contract");
        }

        var afzender = RestAntwoorden.Afzender(request);
        if (afzender.Onderwijsbestuurcode is not { } bestuur)
        {
            return RestAntwoorden.Probleem([Foutcodes.AUT401("oin", afzender.Oin)]);
        }

        var huidig = referentie.Huidig;
        if (brin is not null && !huidig.HoortBijBestuur(brin, bestuur))
        {
            return RestAntwoorden.NietGevonden("brin", brin);
        }

        var eigen = await bevoegdheid.BrinsAsync(afzender, [Functie.VerzuimMelden, Functie.BekostigingInzien], ct) ?? [];
        if (brin is not null && !eigen.Contains(brin))
        {
            return RestAntwoorden.Probleem([Foutcodes.AUT401("brin", brin)]);
        }

        var brins = brin is null ? eigen : [brin];
        return TypedResults.Ok(await rapportage.MaakAsync(meting, huidig, brins, moment, ct));
    }
}
