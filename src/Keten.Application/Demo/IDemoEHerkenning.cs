using Keten.Toegang;

namespace Keten.Application.Demo;

/// <summary>
/// The eHerkenning login the development broker gives a reference medewerker who picks their own board at EH3: the
/// identity the demo links to that medewerker. Registered only while the development broker is on.
/// </summary>
public interface IDemoEHerkenning
{
    /// <summary>Null when the broker does not offer this person for this board.</summary>
    Authenticatiecontext? Inlog(string onderwijsbestuurcode, string naam);
}
