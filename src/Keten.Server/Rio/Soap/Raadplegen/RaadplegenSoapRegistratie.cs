using Keten.Application.Rio;
using Keten.Application.Rio.Queries;
using Keten.Contract.Soap;
using Keten.Server.Soap;

namespace Keten.Server.Rio.Soap.Raadplegen;

/// <summary>Registers the SOAP handlers of RIO Raadplegen V4 (see docs/soap.md for what is and is not answered).</summary>
public static class RaadplegenSoapRegistratie
{
    /// <remarks>
    /// opvragen_opleidingseenheid has request/response types in the XSD but no operation in DUO's WSDL, so it is not
    /// registered.
    /// </remarks>
    public static IServiceCollection AddRioSoapRaadplegen(this IServiceCollection services)
    {
        services.AddSingleton(sp => new RaadplegenSoapHandlers(
            sp.GetRequiredService<RioQueries>(), sp.GetRequiredService<ReferentiedataBron>()));

        Operatie(services, "opvragen_aangebodenOpleiding", h => h.AangebodenOpleidingAsync);
        Operatie(services, "opvragen_aangebodenOpleidingenVanOrganisatie", h => h.AangebodenOpleidingenVanOrganisatieAsync);
        Operatie(services, "opvragen_gewijzigdeAangebodenOpleidingen", h => h.GewijzigdeAangebodenOpleidingenAsync);
        Operatie(services, "opvragen_onderwijsaanbieder", h => h.OnderwijsaanbiederAsync);
        Operatie(services, "opvragen_gewijzigdeOnderwijsaanbieders", h => h.GewijzigdeOnderwijsaanbiedersAsync);
        Operatie(services, "opvragen_onderwijsaanbiedersVanOrganisatie", h => h.OnderwijsaanbiedersVanOrganisatieAsync);
        Operatie(services, "opvragen_onderwijslocatiegebruik", h => h.OnderwijslocatiegebruikAsync);
        Operatie(services, "opvragen_onderwijslocatiegebruikVanOrganisatie", h => h.OnderwijslocatiegebruikVanOrganisatieAsync);
        Operatie(services, "opvragen_gewijzigdOnderwijslocatiegebruik", h => h.GewijzigdOnderwijslocatiegebruikAsync);
        Operatie(services, "opvragen_onderwijslocatie", h => h.OnderwijslocatieAsync);
        Operatie(services, "opvragen_opleidingseenhedenVanOrganisatie", h => h.OpleidingseenhedenVanOrganisatieAsync);
        Operatie(services, "opvragen_opleidingsrelatiesBijOpleidingseenheid", h => h.OpleidingsrelatiesBijOpleidingseenheidAsync);

        services.AddSingleton<RioIdentificatie>();
        services.AddSingleton<RaadplegenIdentificatieHandler>();
        services.AddSoapOperatie(RioSoapServices.Raadplegen, "opvragen_rioIdentificatiecode",
            sp => sp.GetRequiredService<RaadplegenIdentificatieHandler>().RioIdentificatiecodeAsync);

        services.AddSingleton<RaadplegenInstellingsstructuurHandler>();
        services.AddSoapOperatie(RioSoapServices.Raadplegen, "opvragen_instellingsstructuur",
            sp => sp.GetRequiredService<RaadplegenInstellingsstructuurHandler>().InstellingsstructuurAsync);
        return services;
    }

    private static void Operatie(IServiceCollection services, string operatie, Func<RaadplegenSoapHandlers, SoapOperatieHandler> kies) =>
        services.AddSoapOperatie(RioSoapServices.Raadplegen, operatie, sp => kies(sp.GetRequiredService<RaadplegenSoapHandlers>()));
}
