using Keten.Storage;
using Keten.Storage.Toegang;
using Keten.Toegang.Saml;
using Microsoft.AspNetCore.DataProtection;

namespace Keten.Server.Toegang;

public static class ToegangServices
{
    /// <summary>
    /// Login: the cookie session, the SAML core's stores in the database, and the SAML settings read from
    /// Keten:Toegang:Saml at start (a <see cref="SamlLoginInstellingen"/> registered after this one takes precedence,
    /// e.g. the development broker's).
    /// </summary>
    public static IServiceCollection AddKetenToegang(this IServiceCollection services, IConfiguration configuratie)
    {
        if (SamlInstellingenLezer.Lees(configuratie) is { } instellingen)
        {
            services.AddSingleton(instellingen);
        }
        services.AddSingleton(sp => (IToegangStore)sp.GetRequiredService<IKetenStore>());
        services.AddSingleton<IUitstaandeVerzoeken, DatabaseUitstaandeVerzoeken>();
        services.AddSingleton<IReplayStore, DatabaseReplayStore>();
        services.AddSingleton<Terugkeeradressen>();
        services.AddSingleton(sp => new SamlLogin(sp.GetService<SamlLoginInstellingen>(), sp.GetRequiredService<IUitstaandeVerzoeken>(),
            sp.GetRequiredService<IReplayStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient(SamlLogin.HttpClientNaam, http => http.Timeout = TimeSpan.FromSeconds(10));
        OidcLogin.AddKetenOidc(services.AddAuthentication().AddToegangSessie(ToegangSessieOpties.Lees(configuratie)),
            OidcLoginInstellingen.Lees(configuratie));
        if (configuratie["Keten:Toegang:SleutelMap"] is { Length: > 0 } sleutelMap)
        {
            // The keys that encrypt the session cookie, shared by every server process that reads this folder.
            services.AddDataProtection().SetApplicationName("Keten").PersistKeysToFileSystem(new DirectoryInfo(sleutelMap));
        }
        services.AddHostedService<ToegangOpruiming>();
        return services;
    }
}
