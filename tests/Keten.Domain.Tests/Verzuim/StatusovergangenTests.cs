using Keten.Domain.Verzuim;

namespace Keten.Domain.Tests.Verzuim;

/// <summary>Who may change a verzuimmelding's status to what (domain.md §8).</summary>
public sealed class StatusovergangenTests
{
    [Theory]
    [InlineData(Verzuimpartij.School, Verzuimstatus.Geregistreerd, Verzuimstatus.Ingetrokken, true)]
    [InlineData(Verzuimpartij.School, Verzuimstatus.InBehandeling, Verzuimstatus.Ingetrokken, true)]
    [InlineData(Verzuimpartij.School, Verzuimstatus.Afgesloten, Verzuimstatus.Ingetrokken, false)]
    [InlineData(Verzuimpartij.School, Verzuimstatus.Geregistreerd, Verzuimstatus.InBehandeling, false)]
    [InlineData(Verzuimpartij.Gemeente, Verzuimstatus.Geregistreerd, Verzuimstatus.InBehandeling, true)]
    [InlineData(Verzuimpartij.Gemeente, Verzuimstatus.Geregistreerd, Verzuimstatus.TerKennisgevingAangenomen, true)]
    [InlineData(Verzuimpartij.Gemeente, Verzuimstatus.InBehandeling, Verzuimstatus.Afgesloten, true)]
    [InlineData(Verzuimpartij.Gemeente, Verzuimstatus.Afgesloten, Verzuimstatus.InBehandeling, false)]
    [InlineData(Verzuimpartij.Gemeente, Verzuimstatus.Ingetrokken, Verzuimstatus.Afgesloten, false)]
    [InlineData(Verzuimpartij.Gemeente, Verzuimstatus.Geregistreerd, Verzuimstatus.Ingetrokken, false)]
    public void Each_party_makes_only_its_own_changes_and_final_statuses_stay(Verzuimpartij partij, Verzuimstatus van, Verzuimstatus naar, bool mag)
    {
        Assert.Equal(mag, Statusovergangen.Mag(partij, van, naar));
    }
}
