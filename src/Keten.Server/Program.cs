using Keten.Domain.Toegang;
using Keten.Ontwikkelmakelaar;
using Keten.Server.Bekostiging;
using Keten.Server.Http;
using Keten.Server.Opstart;
using Keten.Server.Portaal;
using Keten.Server.Portaal.Batch;
using Keten.Application.Rio;
using Keten.Server.Rio.Rest;
using Keten.Server.Rod.Rest;
using Keten.Server.Verzuim.Rest;
using Keten.Server.Soap;
using Keten.Server.Toegang;
using Keten.Server.Vsv;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddOntwikkelLogin();
builder.Services.AddKeten(builder.Configuration);
builder.Services.AddKetenMedewerkers(builder.Configuration);
builder.Services.AddKetenHttp();
builder.Services.AddRioSoap();
builder.Services.AddKetenToegang(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(o => o.AddSchemaTransformer(ToestemmingSchema.Beschrijf));
builder.AddOntwikkelmakelaar();
builder.Services.AddKetenPortaal();
builder.Services.AddPortaalBatchtaken(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(o => RioJson.Configureer(o.SerializerOptions));

var app = builder.Build();
app.UseExceptionHandler();
app.UseRestBerichtgrootte();
app.UseReferentiedataVerversing();
app.MapOpenApi();
app.MapScalarApiReference("/docs", o => o.WithTitle("Keten API"));
app.MapRioSoap();
app.MapRodSoap();
app.MapOntwikkelmakelaar();
app.MapGroup("/api/rio").WithTags("RIO").MapRioBeheren().MapRioRaadplegen();
app.MapGroup("/api/rod").WithTags("ROD").VoorAanroeper(Functie.InschrijvingenVo, Functie.InschrijvingenMbo).MapRodMutaties().MapRodBatches();
app.MapGroup("/api/bekostiging").WithTags("Bekostiging").VoorAanroeper(Functie.BekostigingInzien).MapBekostiging();
app.MapGroup("/api/vsv").WithTags("VSV").VoorAanroeper(Functie.VerzuimMelden, Functie.BekostigingInzien).MapVsv();
app.MapGroup("/api/verzuim").WithTags("Verzuim").VoorAanroeper(Functie.VerzuimMelden).MapVerzuim();
app.MapGroup("/api/toegang").WithTags("Toegang").MetSessiecontrole("de sessie van de medewerker; de endpoints controleren zelf beheer en eigen bestuur").MapMedewerkers();
app.MapToegang();
app.MapKetenPortaal();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var adres in app.Urls)
    {
        Console.WriteLine($"Keten luistert op {adres}");
        Console.WriteLine($"  Portaal (inloggen): {adres}/portaal");
        Console.WriteLine($"  API-documentatie: {adres}/docs   OpenAPI: {adres}/openapi/v1.json");
        Console.WriteLine($"  RIO SOAP: {adres}/RIO/services/beheren4.0?wsdl  {adres}/RIO/services/raadplegen4.0?wsdl");
    }
});

app.Run();

public partial class Program;
