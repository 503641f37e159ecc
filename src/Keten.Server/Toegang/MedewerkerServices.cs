using Keten.Application.Toegang;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keten.Server.Toegang;

public static class MedewerkerServices
{
    /// <summary>
    /// Accounts, authorisations and the DUO token (docs/toegang.md), configured from Keten:Toegang. The login wiring
    /// may register its own <see cref="IHuidigeMedewerker"/> before this; otherwise the request's principal is read.
    /// </summary>
    public static IServiceCollection AddKetenMedewerkers(this IServiceCollection services, IConfiguration configuratie)
    {
        services.AddSingleton(ToegangOpties.Lees(sleutel => configuratie[sleutel]));
        services.AddSingleton<HuidigeMedewerkerBepaling>();
        services.AddSingleton<MedewerkerBeheer>();
        services.AddSingleton<TokenAanmelding>();
        services.AddSingleton<BeheerderAanwijzing>();
        services.AddSingleton<MedewerkerZaaier>();
        services.AddSingleton<AuditInzage>();
        services.AddHttpContextAccessor();
        services.TryAddScoped<IHuidigeMedewerker, ClaimsHuidigeMedewerker>();
        return services;
    }
}
