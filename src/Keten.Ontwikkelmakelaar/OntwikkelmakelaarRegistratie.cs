using Keten.Ontwikkelmakelaar.Oidc;
using Keten.Ontwikkelmakelaar.Saml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Keten.Ontwikkelmakelaar;

/// <summary>The two lines Program.cs calls: the services, and the endpoints (only when switched on, never in Production).</summary>
public static class OntwikkelmakelaarRegistratie
{
    public static WebApplicationBuilder AddOntwikkelmakelaar(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var sectie = builder.Configuration.GetSection(OntwikkelmakelaarOpties.Sectie);
        OntwikkelmakelaarBewaking.Controleer(sectie.GetValue<bool>(nameof(OntwikkelmakelaarOpties.Aan)), builder.Environment);
        builder.Services.Configure<OntwikkelmakelaarOpties>(sectie);
        builder.Services.AddSingleton(sp => Makelaar.Maak(
            sp.GetRequiredService<IOptions<OntwikkelmakelaarOpties>>().Value,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<Keten.Application.Rio.ReferentiedataBron>(),
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(Makelaar.HttpClientNaam)));
        builder.Services.AddHttpClient(Makelaar.HttpClientNaam);
        if (sectie.GetValue<bool>(nameof(OntwikkelmakelaarOpties.Aan)))
        {
            builder.Services.AddSingleton<Keten.Application.Demo.IDemoEHerkenning, DemoInlogs>();
        }
        return builder;
    }

    /// <summary>Maps the broker when <c>Keten:Ontwikkelmakelaar:Aan</c>; throws (the start fails) outside Development and Test.</summary>
    public static WebApplication MapOntwikkelmakelaar(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var opties = app.Services.GetRequiredService<IOptions<OntwikkelmakelaarOpties>>().Value;
        OntwikkelmakelaarBewaking.Controleer(opties.Aan, app.Environment);
        if (!opties.Aan)
        {
            return app;
        }
        app.Logger.LogWarning(
            "The development herkenningsmakelaar is on at {Pad} (SAML metadata {Pad}/saml/metadata, OIDC {Pad}/oidc): anyone logs in as anyone.",
            opties.Pad, opties.Pad, opties.Pad);
        var groep = app.MapGroup(opties.Pad).ExcludeFromDescription();
        groep.MapKeuzepagina();
        groep.MapSamlMakelaar();
        groep.MapOidcMakelaar();
        return app;
    }
}
