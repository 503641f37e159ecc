using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Server.Rod.Rest;
using Keten.Server.Soap;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Keten.Server.Http;

/// <summary>
/// Limits the body of every request that is not SOAP to Keten:Rest:MaxBerichtgrootte and answers a larger one with
/// 413 ProblemDetails (code KTN413) naming the limit. The SOAP door limits its own body and answers with a fault; a ROD
/// batch upload is read as a stream and has no limit.
/// </summary>
public sealed class RestBerichtgrootte(RequestDelegate next, IOptions<KetenHttpOptions> options, IProblemDetailsService problemDetails,
    ILogger<RestBerichtgrootte> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(RioSoapServices.Basispad, StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments(RodBatchEndpoint.Pad, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        var limiet = options.Value.Rest.MaxBerichtgrootte;
        BegrensdeBody.Begrens(context, limiet);
        try
        {
            await next(context);
        }
        catch (BerichtTeGrootException e) when (!context.Response.HasStarted)
        {
            logger.LogInformation("{Method} {Path}: body larger than {Limit} bytes refused with 413 {Code}",
                context.Request.Method, context.Request.Path, e.Limiet, Foutcodes.KTN413(e.Limiet).Foutcode);
            await SchrijfAsync(context, e.Limiet);
        }
    }

    private async Task SchrijfAsync(HttpContext context, long limiet)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var fout = Foutcodes.KTN413(limiet);
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "Het bericht is te groot",
            Detail = fout.Fouttekst,
            Type = "https://keten.example/docs/foutcodes#" + fout.Foutcode,
        };
        details.Extensions["code"] = fout.Foutcode;
        details.Extensions["maxBerichtgrootte"] = limiet;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }
}
