using Keten.Domain.Referentie;

namespace Keten.Application.Rio;

/// <summary>The reference data currently loaded; replaced as a whole when a new file is loaded.</summary>
public sealed class ReferentiedataBron
{
    private volatile Referentiedata _huidig = Referentiedata.Leeg;

    public Referentiedata Huidig => _huidig;

    public void Vervang(Referentiedata referentiedata) => _huidig = referentiedata;
}
