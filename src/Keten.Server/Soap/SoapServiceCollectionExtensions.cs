using Keten.Contract.Soap;
using Keten.Server.Soap.Beveiliging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keten.Server.Soap;

public static class SoapServiceCollectionExtensions
{
    /// <summary>Registers the SOAP plumbing: contracts, the operation registry, the pipeline, a clock, the M2M security.</summary>
    public static IServiceCollection AddRioSoap(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => SoapContracten.Standaard);
        services.TryAddSingleton<SoapOperaties>();
        services.TryAddSingleton<SoapVerwerking>();
        services.AddOptions<SoapOptions>()
            .BindConfiguration("Soap")
            .Validate(o => Oin.IsGeldig(o.Oin), "Soap:Oin must be an OIN of 20 digits or capital letters.")
            .ValidateOnStart();
        services.AddSoapBeveiliging();
        return services;
    }

    /// <summary>Registers the handler of one operation.</summary>
    public static IServiceCollection AddSoapOperatie(
        this IServiceCollection services, string service, string operatie, SoapOperatieHandler handler) =>
        services.AddSingleton(new SoapOperatieRegistratie(service, operatie, handler));

    /// <summary>Registers the handler of one operation, built from singleton services.</summary>
    public static IServiceCollection AddSoapOperatie(
        this IServiceCollection services, string service, string operatie,
        Func<IServiceProvider, SoapOperatieHandler> handler) =>
        services.AddSingleton(sp => new SoapOperatieRegistratie(service, operatie, handler(sp)));
}
