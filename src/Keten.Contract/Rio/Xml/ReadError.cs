using Keten.Domain.Gemeenschappelijk;

namespace Keten.Contract.Rio.Xml;

public enum ReadErrorKind
{
    /// <summary>An XSD-valid specialisation Keten does not cover (HO, BO, SO, Vavo, particulier aanbod, opleidingsonderdelen…).</summary>
    UnsupportedSpecialisation,

    /// <summary>An XSD-valid value the domain cannot hold.</summary>
    InvalidValue,

    /// <summary>
    /// An XSD-valid element that breaks a rule of DUO's which only the XML shows: a period element of another
    /// specialisation than its opleiding (N10030, P02030). <see cref="ReadError.Foutmelding"/> is DUO's answer.
    /// </summary>
    DuoRule,
}

/// <summary>Why an XSD-valid RIO element could not be mapped to a domain record; Element is the XML element name.</summary>
public sealed record ReadError(ReadErrorKind Kind, string Element, string Message, Foutmelding? Foutmelding = null);
