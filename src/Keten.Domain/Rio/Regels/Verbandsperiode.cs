namespace Keten.Domain.Rio.Regels;

/// <summary>
/// DUO's Verbandscontroles between an aangeboden opleiding and the object it hangs under (N04430 its aanbieder, N09410
/// and P01410 its opleidingseenheid): "de Aangeboden opleiding [moet] vanaf de eersteInstroomdatum - einddatum volledig
/// binnen de ...-periode vallen". Einddatum exclusive; an open einddatum as <see cref="Lezingen.OpenEinddatumLooptDoor"/>
/// reads it; "De eersteInstroomdatum wordt buiten beschouwing gelaten wanneer deze niet gevuld is".
/// </summary>
public static class Verbandsperiode
{
    public static bool InstroomTotEindeBinnen(AangebodenOpleiding ao, DateOnly begin, DateOnly? einde)
    {
        ArgumentNullException.ThrowIfNull(ao);
        var instroomBinnen = ao.EersteInstroomDatum is not { } instroom || (instroom >= begin && (einde is not { } e || instroom < e));
        var eindeBinnen = ao.Einddatum is { } eind
            ? eind > begin && (einde is not { } e2 || eind <= e2)
            : einde is null || !Lezingen.OpenEinddatumLooptDoor;
        return instroomBinnen && eindeBinnen;
    }
}
