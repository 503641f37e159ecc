using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Keten.Contract.Soap;

/// <summary>
/// One XSD error, located: the element it is about and, where the schema missed content, the name of the first element it
/// expected there (<c>Ontbrekend</c>). <c>Melding</c> is worded as <see cref="XsdValidatie.Valideer"/> words it.
/// </summary>
public sealed record XsdFout(XElement Element, string? Ontbrekend, string Melding);

public static partial class XsdValidatie
{
    /// <summary>
    /// Validates <paramref name="element"/> as <see cref="Valideer"/> does (the same schema set, the same .NET validator that
    /// XElement.Validate drives) and says where each error lies. XElement.Validate reports a missing element at the element
    /// that follows it, or at the parent when nothing follows, and never which element was expected; this walk asks the
    /// validator for the expected elements before each step, so "no period" is an error about the period.
    /// </summary>
    public static IReadOnlyList<XsdFout> Lokaliseer(XmlSchemaSet schemas, XElement element)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentNullException.ThrowIfNull(element);
        if (schemas.GlobalElements[new XmlQualifiedName(element.Name.LocalName, element.Name.NamespaceName)] is not XmlSchemaElement)
        {
            return [new XsdFout(element, null, $"element '{element.Name.LocalName}' is geen bericht van dit contract")];
        }

        return new Lokalisatie(schemas, element).Fouten();
    }

    /// <summary>The walk: one validator call per node, remembering what the validator expected before each.</summary>
    private sealed class Lokalisatie
    {
        private readonly XElement root;
        private readonly XmlSchemaSet schemas;
        private readonly XmlSchemaValidator validator;
        private readonly List<XsdFout> fouten = [];
        private XElement huidig;
        private Fase fase;
        private XmlSchemaParticle[] verwacht = [];

        public Lokalisatie(XmlSchemaSet schemas, XElement root)
        {
            this.root = root;
            this.schemas = schemas;
            huidig = root;
            validator = new XmlSchemaValidator(new NameTable(), schemas, new XmlNamespaceManager(new NameTable()), XmlSchemaValidationFlags.None);
            validator.ValidationEventHandler += (_, e) =>
            {
                if (e.Severity == XmlSeverityType.Error && fouten.Count < MaxFouten)
                {
                    fouten.Add(Fout(e.Message));
                }
            };
        }

        public IReadOnlyList<XsdFout> Fouten()
        {
            validator.Initialize();
            Loop(root);
            validator.EndValidation();
            return fouten;
        }

        private void Loop(XElement element)
        {
            Stap(element, Fase.Begin);
            validator.ValidateElement(element.Name.LocalName, element.Name.NamespaceName, null);
            foreach (var attribuut in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                validator.ValidateAttribute(attribuut.Name.LocalName, attribuut.Name.NamespaceName, attribuut.Value, null);
            }

            validator.ValidateEndOfAttributes(null);
            foreach (var node in element.Nodes())
            {
                if (node is XElement kind)
                {
                    Loop(kind);
                }
                else if (node is XText tekst)
                {
                    Stap(element, Fase.Tekst);
                    validator.ValidateText(tekst.Value);
                }
            }

            Stap(element, Fase.Einde);
            validator.ValidateEndElement(null);
        }

        private void Stap(XElement element, Fase fase)
        {
            huidig = element;
            this.fase = fase;
            verwacht = validator.GetExpectedParticles();
        }

        /// <summary>
        /// An element the schema did not expect where it stands is superfluous when it repeats its predecessor (one too
        /// many) or nothing more was expected; otherwise an expected element before it is missing. An error at an
        /// element's end is about its value, or about content missing at its end (then something was still expected).
        /// </summary>
        private XsdFout Fout(string melding)
        {
            var beschrijving = Beschrijf(root, huidig, melding);
            switch (fase)
            {
                case Fase.Begin when huidig != root && huidig.Parent is { } ouder
                    && huidig.ElementsBeforeSelf().LastOrDefault()?.Name != huidig.Name
                    && Ontbrekend(huidig.ElementsBeforeSelf()) is { } ontbrekend:
                    return new XsdFout(ouder, ontbrekend, beschrijving);
                case Fase.Einde:
                    return new XsdFout(huidig, Ontbrekend(huidig.Elements()), beschrijving);
                default:
                    return new XsdFout(huidig, null, beschrijving);
            }
        }

        /// <summary>
        /// Of the elements the validator expected, the first mandatory one that is not there yet (a substitution group
        /// counts as there when one of its members is), else the first one.
        /// </summary>
        private string? Ontbrekend(IEnumerable<XElement> ervoor)
        {
            var elementen = verwacht.OfType<XmlSchemaElement>().ToList();
            var aanwezig = ervoor.SelectMany(e => new[] { e.Name.LocalName, Hoofd(e)?.Name })
                .Where(n => !string.IsNullOrEmpty(n)).ToHashSet(StringComparer.Ordinal);
            var ontbrekend = elementen.FirstOrDefault(e => e.MinOccurs > 0
                && !aanwezig.Contains(e.QualifiedName.Name) && !aanwezig.Contains(e.SubstitutionGroup.Name)) ?? elementen.FirstOrDefault();
            return ontbrekend?.QualifiedName.Name;
        }

        private XmlQualifiedName? Hoofd(XElement element) =>
            (schemas.GlobalElements[new XmlQualifiedName(element.Name.LocalName, element.Name.NamespaceName)] as XmlSchemaElement)?.SubstitutionGroup;
    }

    private enum Fase
    {
        Begin,
        Tekst,
        Einde,
    }
}
