using System.Xml;
using Keten.Toegang.Xml;

namespace Keten.Toegang.Saml;

/// <summary>SignedXml that resolves a reference only to the single element carrying that SAML <c>ID</c>.</summary>
internal sealed class SamlSignedXml(XmlDocument document) : EenduidigeIdSignedXml(document, ["@ID"]);
