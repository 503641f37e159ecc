using Keten.Server.Soap;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRioSoap();
var app = builder.Build();
app.MapGet("/", () => "Keten");
app.MapRioSoap();
app.Run();

public partial class Program;
