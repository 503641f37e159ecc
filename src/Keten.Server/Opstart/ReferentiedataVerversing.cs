using Keten.Application.Rio;

namespace Keten.Server.Opstart;

public static class ReferentiedataVerversing
{
    /// <summary>
    /// Before each request, the reference data is brought up to date with the database (a one-row check at most
    /// every Keten:ReferenceDataCheckSeconds), so a `keten referentie laden` by another process reaches this server.
    /// </summary>
    public static IApplicationBuilder UseReferentiedataVerversing(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var bron = app.ApplicationServices.GetRequiredService<ReferentiedataBron>();
        return app.Use(async (context, next) =>
        {
            await bron.VerversAsync(context.RequestAborted);
            await next(context);
        });
    }
}
