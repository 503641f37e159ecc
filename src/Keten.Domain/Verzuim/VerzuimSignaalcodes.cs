using System.Globalization;
using Keten.Domain.Gemeenschappelijk;
using static Keten.Domain.Rod.RodFoutcodes;

namespace Keten.Domain.Verzuim;

/// <summary>Signals on an accepted verzuimmelding (prefix VZS): accepted, but worth a look; listed in docs/rod-codes.md.</summary>
public static class VerzuimSignaalcodes
{
    /// <summary>Reported later than <see cref="Werkdagen.Meldtermijn"/> working days after the threshold or einddatum (domain.md rule 36).</summary>
    public static Signaal VZS01(DateOnly vanaf, int werkdagen) => Signaal.Van("VZS01",
        $"Te laat gemeld: {werkdagen} werkdagen na {D(vanaf)}; meld binnen {Werkdagen.Meldtermijn} werkdagen",
        ("vanaf", D(vanaf)), ("werkdagen", werkdagen.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The persons register has no complete geboortedatum: the age limits were not checked.</summary>
    public static Signaal VZS02() => Signaal.Van("VZS02",
        "De geboortedatum van de leerling is niet (volledig) bekend in het personenregister: de leeftijdsgrens is niet gecontroleerd", ("veld", "geboortedatum"));
}
