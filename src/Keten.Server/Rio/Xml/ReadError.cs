namespace Keten.Server.Rio.Xml;

public enum ReadErrorKind
{
    /// <summary>An XSD-valid specialisation Keten does not cover (HO, BO, SO, Vavo, particulier aanbod, opleidingsonderdelen…).</summary>
    UnsupportedSpecialisation,

    /// <summary>An XSD-valid value the domain cannot hold (e.g. toestemmingVereistVoorAanmelding other than JA/NEE).</summary>
    InvalidValue,
}

/// <summary>Why an XSD-valid RIO element could not be mapped to a domain record; Element is the XML element name.</summary>
public sealed record ReadError(ReadErrorKind Kind, string Element, string Message);
