using Keten.Application.Rio;
using Keten.Application.Rod;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Signalen;

namespace Keten.Server.Portaal.Pages;

/// <summary>
/// The signalen inbox: the open chain signals about the board's enrolments the medewerker may handle (per aanbieder), the same ones both schools of a leerroute
/// see in their feed (docs/rod.md, "Chain signals"). A signal is withdrawn by itself once the data agree.
/// </summary>
[PortaalFuncties(Functie.InschrijvingenVo, Functie.InschrijvingenMbo)]
public sealed class SignalenModel(KetensignaalQueries queries, ReferentiedataBron referentie) : PortaalPaginaModel
{
    public IReadOnlyList<OpenKetensignaal> Signalen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Signalen = await OpenKetensignalen.VoorAsync(queries, referentie, Afzender, ct);
}
