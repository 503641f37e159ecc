using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;

namespace Keten.Domain.Rod;

/// <summary>
/// What the enrolment rules read, loaded by the handler in the write transaction: the sender's board, DUO's reference
/// data, the stored enrolment (null when new), the person's other live enrolments at any instelling, and from RIO the
/// aanbieders, locaties and aangeboden opleidingen the message names and the leerroutes of those aanbieders.
/// </summary>
/// <param name="Aanbieders">Live onderwijsaanbieders named by the periods (as aanbieder or samenwerkende aanbieder): code → onderwijsbestuurcode.</param>
/// <param name="Vandaag">The day of delivery (for the 7-day rule, the next teldatum and the mutation stop).</param>
/// <param name="Accountantsverklaring">The mutation comes with an accountant's statement: allowed past the mutation stop (<see cref="Regels.Mutatiestop"/>).</param>
public sealed record InschrijvingContext(
    string Bestuur,
    Referentiedata Referentie,
    Inschrijving? Bestaand,
    IReadOnlyList<Inschrijving> AndereInschrijvingen,
    IReadOnlyDictionary<string, string> Aanbieders,
    IReadOnlySet<string> Locaties,
    IReadOnlyDictionary<Guid, AangebodenOpleiding> AangebodenOpleidingen,
    IReadOnlyList<Leerroute> Leerroutes,
    DateOnly Vandaag,
    bool Accountantsverklaring = false);
