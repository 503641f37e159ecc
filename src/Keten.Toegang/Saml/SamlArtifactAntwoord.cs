using System.Xml;

namespace Keten.Toegang.Saml;

/// <summary>A Response taken from an ArtifactResponse whose signature was verified; only the resolution makes one.</summary>
public sealed class SamlArtifactAntwoord
{
    internal SamlArtifactAntwoord(XmlElement response) => Response = response;

    internal XmlElement Response { get; }
}
