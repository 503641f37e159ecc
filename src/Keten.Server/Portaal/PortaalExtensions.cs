using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Keten.Server.Portaal;

/// <summary>
/// The portal (docs/portaal.md, ADR 0023): Razor Pages under /portaal, served by the same process and through the same
/// handlers, authorisation and audit as every other door; its CSS from wwwroot (the NL Design System's, kept built).
/// </summary>
public static class PortaalExtensions
{
    public static IServiceCollection AddKetenPortaal(this IServiceCollection services)
    {
        services.AddScoped<PortaalToegang>();
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Portaal/Pages";
            o.Conventions.AddFolderRouteModelConvention("/", model =>
            {
                foreach (var selector in model.Selectors.Where(s => s.AttributeRouteModel is not null))
                {
                    var template = selector.AttributeRouteModel!.Template ?? "";
                    if (!template.TrimStart('/').StartsWith("portaal", StringComparison.Ordinal))
                    {
                        selector.AttributeRouteModel.Template = AttributeRouteModel.CombineTemplates("portaal", template);
                    }
                }
            });
        }).AddMvcOptions(o => o.Filters.AddService<PortaalToegang>());
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        return services;
    }

    public static WebApplication MapKetenPortaal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.Use(PortaalToegang.SessieAlsGebruikerAsync);
        app.MapRazorPages();
        app.MapGet("/", () => TypedResults.Redirect(Portaalpaden.Basis)).ExcludeFromDescription();
        return app;
    }
}
