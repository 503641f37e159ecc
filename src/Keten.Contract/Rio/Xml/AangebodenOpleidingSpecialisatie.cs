using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// The element names of the aangeboden-opleiding specialisations Keten covers. VO has no cohort element in
/// RIO V4 (there is no aangebodenVOOpleidingCohort in either XSD), so a VO offering has no cohorten.
/// </summary>
internal static class AangebodenOpleidingSpecialisatie
{
    public const string Mbo = "aangebodenMboOpleiding";
    public const string VO = "aangebodenVOOpleiding";

    public static string Element(AangebodenOpleidingSoort soort) => soort switch
    {
        AangebodenOpleidingSoort.Mbo => Mbo,
        AangebodenOpleidingSoort.VO => VO,
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "Unknown AangebodenOpleidingSoort."),
    };

    public static string Periode(AangebodenOpleidingSoort soort) => Element(soort) + "Periode";

    public static string? Cohort(AangebodenOpleidingSoort soort) =>
        soort == AangebodenOpleidingSoort.Mbo ? Mbo + "Cohort" : null;

    public static AangebodenOpleidingSoort? Soort(string elementnaam) => elementnaam switch
    {
        Mbo => AangebodenOpleidingSoort.Mbo,
        VO => AangebodenOpleidingSoort.VO,
        _ => null,
    };

    /// <summary>True for any aangeboden…Periode element (the substitution group aangebodenOpleidingPeriode).</summary>
    public static bool IsPeriode(string elementnaam) =>
        elementnaam.StartsWith("aangeboden", StringComparison.Ordinal) && elementnaam.EndsWith("Periode", StringComparison.Ordinal);

    /// <summary>True for any aangeboden…Cohort element (the substitution group aangebodenOpleidingCohort).</summary>
    public static bool IsCohort(string elementnaam) =>
        elementnaam.StartsWith("aangeboden", StringComparison.Ordinal) && elementnaam.EndsWith("Cohort", StringComparison.Ordinal);
}
