using System.Text;

// The bare endpoint: reads every request body to the end and returns a fixed 1 KB SOAP envelope.
// What Keten does beyond this (parse, validate, authorise, commit) is what the benchmarks measure.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var antwoord = KaalAntwoord.Envelope();

app.MapPost("/{**pad}", async (HttpContext context) =>
{
    var buffer = new byte[16 * 1024];
    while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
    {
    }

    context.Response.ContentType = "text/xml;charset=UTF-8";
    context.Response.ContentLength = antwoord.Length;
    await context.Response.Body.WriteAsync(antwoord, context.RequestAborted);
});

app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine("kaal luistert op " + string.Join(' ', app.Urls)));
app.Run();

internal static class KaalAntwoord
{
    /// <summary>A SOAP 1.1 envelope of exactly 1024 bytes, shaped like a Beheren answer.</summary>
    public static byte[] Envelope()
    {
        const string begin = """<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsa="http://www.w3.org/2005/08/addressing"><soapenv:Header><wsa:Action>http://duo.nl/contract/DUO_RIO_Beheren_OnderwijsOrganisatie_V4/aanleveren_aangebodenOpleiding_response</wsa:Action><wsa:MessageID>urn:uuid:00000000-0000-4000-8000-000000000000</wsa:MessageID></soapenv:Header><soapenv:Body><aanleveren_aangebodenOpleiding_response xmlns="http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4"><identificatiecodeBedrijfsdocument>00000000-0000-4000-8000-000000000000</identificatiecodeBedrijfsdocument><verzendendeInstantie>DUO</verzendendeInstantie><ontvangendeInstantie>SCHOOL</ontvangendeInstantie><datumTijdBedrijfsdocument>2025-01-01T00:00:00Z</datumTijdBedrijfsdocument><requestGoedgekeurd>true</requestGoedgekeurd><!--""";
        const string einde = "--></aanleveren_aangebodenOpleiding_response></soapenv:Body></soapenv:Envelope>";
        return Encoding.UTF8.GetBytes(begin + new string(' ', 1024 - begin.Length - einde.Length) + einde);
    }
}
