using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// A Raadplegen Onderwijslocatiegebruik: the use (Onderwijslocatiecode set, no aanduidingen: Raadplegen does not say
/// how the location was named on delivery) and the onderwijslocatie it contains.
/// </summary>
public sealed record OnderwijslocatiegebruikMetLocatie(Onderwijslocatiegebruik Gebruik, Onderwijslocatie Onderwijslocatie);
