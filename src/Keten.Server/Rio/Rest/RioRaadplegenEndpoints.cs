using Keten.Application.Rio;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;
using Keten.Application.Rio.Queries;
using Keten.Domain.Toegang;
using Keten.Server.Toegang;
using Keten.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keten.Server.Rio.Rest;

/// <summary>The opvragen_ operations of RIO Raadplegen V4 as JSON, plus the leerroutes of a board.</summary>
public static class RioRaadplegenEndpoints
{
    /// <summary>RIO's data is public, as DUO's RIO Raadplegen and its open data; only a board's own keys are its own.</summary>
    private const string Openbaar = "RIO-gegevens zijn openbaar (RIO Raadplegen, open data)";

    public static RouteGroupBuilder MapRioRaadplegen(this RouteGroupBuilder api)
    {
        var rio = api.MapGroup("").Openbaar(Openbaar);
        rio.MapGet("/onderwijsaanbieders/{code}", async (string code, RioQueries q, CancellationToken ct) =>
            Gevonden(await q.OnderwijsaanbiederAsync(code, ct), "onderwijsaanbiedercode", code)).WithSummary("opvragen_onderwijsaanbieder");
        rio.MapGet("/onderwijsbesturen/{bestuur}/onderwijsaanbieders", (string bestuur, DateOnly? peildatum, string? pagina, RioQueries q, CancellationToken ct) =>
            Gepagineerd(pagina, p => q.OnderwijsaanbiedersVanBestuurAsync(bestuur, peildatum, p, ct))).WithSummary("opvragen_onderwijsaanbiedersVanOrganisatie");
        rio.MapGet("/onderwijsbesturen/{bestuur}/onderwijsaanbieders/gewijzigd", (string bestuur, DateTimeOffset sinds, string? pagina, RioQueries q, CancellationToken ct) =>
            Gepagineerd(pagina, p => q.GewijzigdAsync<Onderwijsaanbieder>(RioObjectSoort.Onderwijsaanbieder, new MutatieFilter(sinds, Onderwijsbestuurcode: bestuur), p, ct)))
            .WithSummary("opvragen_gewijzigdeOnderwijsaanbieders");

        rio.MapGet("/onderwijslocaties/{code}", async (string code, RioQueries q, CancellationToken ct) =>
            Gevonden(await q.OnderwijslocatieAsync(code, ct), "onderwijslocatiecode", code)).WithSummary("opvragen_onderwijslocatie");
        rio.MapGet("/onderwijsbesturen/{bestuur}/onderwijslocatiegebruiken", (string bestuur, DateOnly? peildatum, string? pagina, RioQueries q, CancellationToken ct) =>
            Gepagineerd(pagina, p => q.OnderwijslocatiegebruikVanBestuurAsync(bestuur, peildatum, p, ct))).WithSummary("opvragen_onderwijslocatiegebruikVanOrganisatie");
        rio.MapGet("/onderwijsbesturen/{bestuur}/onderwijslocatiegebruiken/{locatie}", async (string bestuur, string locatie, RioQueries q, CancellationToken ct) =>
            Gevonden(await q.OnderwijslocatiegebruikAsync(bestuur, locatie, ct), "onderwijslocatiecode", locatie)).WithSummary("opvragen_onderwijslocatiegebruik");
        rio.MapGet("/onderwijsbesturen/{bestuur}/onderwijslocatiegebruiken/gewijzigd", (string bestuur, DateTimeOffset sinds, string? pagina, RioQueries q, CancellationToken ct) =>
            Gepagineerd(pagina, p => q.GewijzigdAsync<Onderwijslocatiegebruik>(RioObjectSoort.Onderwijslocatiegebruik, new MutatieFilter(sinds, Onderwijsbestuurcode: bestuur), p, ct)))
            .WithSummary("opvragen_gewijzigdOnderwijslocatiegebruik");

        rio.MapGet("/opleidingseenheden/{code}", async (string code, RioQueries q, CancellationToken ct) =>
            Gevonden(await q.OpleidingseenheidAsync(code, ct), "opleidingseenheidcode", code)).WithSummary("opvragen_opleidingseenheid");
        rio.MapGet("/onderwijsbesturen/{bestuur}/opleidingseenheden", (string bestuur, DateOnly? peildatum, string? pagina, RioQueries q, CancellationToken ct) =>
            Gepagineerd(pagina, p => q.OpleidingseenhedenVanBestuurAsync(bestuur, peildatum, p, ct))).WithSummary("opvragen_opleidingseenhedenVanOrganisatie");
        rio.MapGet("/opleidingseenheden/{code}/opleidingsrelaties", async (string code, RioQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.OpleidingsrelatiesBijOpleidingseenheidAsync(code, ct))).WithSummary("opvragen_opleidingsrelatiesBijOpleidingseenheid");

        rio.MapGet("/aangeboden-opleidingen/{code:guid}", async (Guid code, RioQueries q, CancellationToken ct) =>
            Gevonden(await q.AangebodenOpleidingAsync(code, ct), "aangebodenOpleidingCode", code.ToString())).WithSummary("opvragen_aangebodenOpleiding");
        rio.MapGet("/onderwijsaanbieders/{code}/aangeboden-opleidingen", (string code, string? locatie, DateOnly? peildatum, string? pagina, RioQueries q, CancellationToken ct) =>
            Gepagineerd(pagina, p => q.AangebodenOpleidingenVanAanbiederAsync(code, locatie, peildatum, p, ct))).WithSummary("opvragen_aangebodenOpleidingenVanOrganisatie");
        rio.MapGet("/onderwijsaanbieders/{code}/aangeboden-opleidingen/gewijzigd", (string code, DateTimeOffset sinds, string? pagina, RioQueries q, CancellationToken ct) =>
            Gepagineerd(pagina, p => q.GewijzigdAsync<AangebodenOpleiding>(RioObjectSoort.AangebodenOpleiding, new MutatieFilter(sinds, Onderwijsaanbiedercode: code), p, ct)))
            .WithSummary("opvragen_gewijzigdeAangebodenOpleidingen");

        api.MapGet("/rio-identificatiecode", async (EigenSleutelSoort soort, string eigenSleutel, HttpRequest r, RioIdentificatie identificatie, CancellationToken ct) =>
            !Enum.IsDefined(soort) ? OnbekendeSoort(soort)
            : RestAntwoorden.Afzender(r).Onderwijsbestuurcode is { } bestuur && await identificatie.BijEigenSleutelAsync(bestuur, soort, eigenSleutel, ct) is { } code
                ? Gevonden<string>(code, "eigenSleutel", eigenSleutel)
                : RestAntwoorden.NietGevonden("eigenSleutel", eigenSleutel))
            .WithSummary("opvragen_rioIdentificatiecode: de RIO-code achter een eigen sleutel van het eigen bestuur")
            .VoorAanroeper(Functie.RioBeheren);

        rio.MapGet("/onderwijsbesturen/{bestuur}/leerroutes", async (string bestuur, RioQueries q, CancellationToken ct) =>
            TypedResults.Ok<IReadOnlyList<Leerroute>>(await q.LeerroutesVanBestuurAsync(bestuur, ct)))
            .WithSummary("De doorlopende en geïntegreerde leerroutes van een bestuur, per periode: gevestigd of wacht op partner");
        return api;
    }

    /// <summary>A page of a list: pagina (0-based, default 0) is checked first, as DUO's XSD bounds it.</summary>
    private static async Task<Results<Ok<T>, ProblemHttpResult>> Gepagineerd<T>(string? pagina, Func<int, Task<T>> lees)
    {
        var (nummer, fout) = RestAntwoorden.Pagina(pagina);
        return fout is null ? TypedResults.Ok(await lees(nummer)) : fout;
    }

    /// <summary>A number the framework binds to the enum without it naming a soort (?soort=7); a name it does not know is refused before (Http/Parameterfouten).</summary>
    private static ProblemHttpResult OnbekendeSoort(EigenSleutelSoort soort) =>
        RestAntwoorden.Ongeldig("soort", $"soort is een van {string.Join(", ", Enum.GetNames<EigenSleutelSoort>())}, niet '{soort}'",
            "Het verzoek voldoet niet aan het contract");

    private static Results<Ok<T>, ProblemHttpResult> Gevonden<T>(T? waarde, string sleutelnaam, string sleutelwaarde)
        where T : class =>
        waarde is null ? RestAntwoorden.NietGevonden(sleutelnaam, sleutelwaarde) : TypedResults.Ok(waarde);
}
