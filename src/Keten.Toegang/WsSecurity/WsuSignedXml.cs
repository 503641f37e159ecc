using System.Xml;
using Keten.Toegang.Xml;

namespace Keten.Toegang.WsSecurity;

/// <summary>SignedXml resolving references by <c>wsu:Id</c>, <c>Id</c> or <c>ID</c>, each only to one element (toegang.md §5).</summary>
internal static class WsuSignedXml
{
    private static readonly Dictionary<string, string> Prefixen = new() { ["wsu"] = WsSecurityNamen.Wsu };

    public static EenduidigeIdSignedXml Voor(XmlDocument document) =>
        new(document, ["@wsu:Id", "@Id", "@ID"], Prefixen);
}
