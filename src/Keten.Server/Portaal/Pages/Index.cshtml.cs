using Keten.Domain.Gemeenschappelijk;

namespace Keten.Server.Portaal.Pages;

/// <summary>The dashboard: what needs the school's attention now and the chain's coming dates.</summary>
public sealed class IndexModel(TimeProvider tijd) : PortaalPaginaModel
{
    public DateOnly Vandaag { get; private set; }

    public IReadOnlyList<Ketentermijn> Termijnen { get; private set; } = [];

    public void OnGet()
    {
        Vandaag = DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);
        Termijnen = Ketentermijnen.Komende(Vandaag);
    }
}
