using System.Xml.Linq;

namespace Keten.Contract.Rio.Xml;

/// <summary>Which of the two RIO V4 contracts an element belongs to; the shared types differ in a few places.</summary>
internal enum RioContract
{
    Beheren,
    Raadplegen,
}

internal static class RioContractExtensions
{
    public static XNamespace Namespace(this RioContract contract) =>
        contract == RioContract.Beheren ? RioNamespaces.Beheren : RioNamespaces.Raadplegen;

    public static ElementWriter Writer(this RioContract contract) => new(contract.Namespace());

    public static ElementReader Reader(this RioContract contract) => new(contract.Namespace());
}
