namespace Keten.Domain.Verzuim;

/// <summary>The statuses of a verzuimmelding (domain.md §8, from August 2020).</summary>
public enum Verzuimstatus
{
    /// <summary>Reported by the school, not yet picked up by the municipality.</summary>
    Geregistreerd,

    /// <summary>A leerplichtambtenaar (or the RMC) handles it.</summary>
    InBehandeling,

    /// <summary>The municipality finished its handling.</summary>
    Afgesloten,

    /// <summary>The municipality takes note without handling it.</summary>
    TerKennisgevingAangenomen,

    /// <summary>The school withdrew the report.</summary>
    Ingetrokken,
}

/// <summary>Who acts on a verzuimmelding: the reporting school or the pupil's municipality.</summary>
public enum Verzuimpartij
{
    School,
    Gemeente,
}
