using Keten.Application.Rio.Handlers;
using Keten.Domain.Rio;
using Keten.Domain.Rod;
using Keten.Storage;

namespace Keten.Server.Portaal.Inschrijvingen;

/// <summary>
/// Runs one enrolment mutation for a portal form: the handler's terugkoppeling, or the two refusals that come as
/// exceptions (the form's bedrijfsdocument id already used for another message, KTN030; the store busy) as a field error.
/// </summary>
public static class Mutatieafhandeling
{
    public static async Task<(InschrijvingTerugkoppeling? Terugkoppeling, Veldfout? Fout)> VerwerkAsync(Func<Task<InschrijvingTerugkoppeling>> mutatie, string standaardVeld)
    {
        ArgumentNullException.ThrowIfNull(mutatie);
        try
        {
            return (await mutatie(), null);
        }
        catch (BedrijfsdocumentAlGebruiktException e)
        {
            var fout = Foutcodes.KTN030(e.Id);
            return (null, new Veldfout(standaardVeld, fout.Foutcode, fout.Fouttekst));
        }
        catch (OpslagBezetException)
        {
            return (null, Veldfout.Voor(standaardVeld, Domain.Rio.Foutcodes.KTN503("de inschrijving")));
        }
    }

    /// <summary>A new bedrijfsdocument id for a form: a repeated post of the same form gets the recorded answer, nothing twice.</summary>
    public static string NieuwBedrijfsdocumentId() => Guid.NewGuid().ToString("D");

    /// <summary>The form's bedrijfsdocument id in its one form (lowercase, <see cref="BedrijfsdocumentIds"/>); a new one when it is no UUID.</summary>
    public static string BedrijfsdocumentId(string? uitFormulier) => BedrijfsdocumentIds.Normaliseer(uitFormulier) ?? NieuwBedrijfsdocumentId();
}
