using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Keten.Contract.Rio.Xml;
using Keten.Contract.Soap;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio;

/// <summary>
/// A delivery through the REST door, the CLI or the portal is checked against DUO's Beheren V4 XSD before any rule, as the
/// SOAP door checks its messages (docs/soap.md, row 14): the record is rendered as the content of the aanleveren_…_request
/// a SOAP client would send (<see cref="BeherenXmlWriter"/>), validated with the SOAP door's own schema set and function,
/// and each error is named by the JSON field of the record (ADR 0026). REST refuses with 400 KTN400, the CLI and the
/// portal with the same texts; so no door stores what Raadplegen could not answer.
/// </summary>
public static class XsdControle
{
    /// <summary>What a door says above the fields, e.g. the title of REST's ProblemDetails.</summary>
    public const string Titel = "De JSON voldoet niet aan DUO's XSD";

    /// <summary>The four Bedrijfsdocument fields of the rendered request: fixed and valid, they are not the caller's.</summary>
    private static readonly BedrijfsdocumentKop Kop = new(Guid.Empty.ToString("D"), Oin.Duo, Oin.Duo, DateTimeOffset.UnixEpoch);

    /// <returns>Each field the XSD refuses, by its JSON path, in document order; empty when the record passes.</returns>
    public static IReadOnlyList<OngeldigVeld> Fouten(SoapContracten contracten, object record)
    {
        ArgumentNullException.ThrowIfNull(contracten);
        return record switch
        {
            Onderwijsaanbieder a => Fouten(contracten, "aanleveren_onderwijsaanbieder", null, () => BeherenXmlWriter.AanleverenOnderwijsaanbieder(a)),
            Onderwijslocatiegebruik g => Fouten(contracten, "aanleveren_onderwijslocatiegebruik", Contractvorm.Onmogelijk(g),
                () => [BeherenXmlWriter.AanleverenOnderwijslocatiegebruik(g)]),
            // Another specialisation has no message Keten writes; the rules refuse it with KTN020, as the SOAP door's reader does.
            Opleidingseenheid e when e.Soort != Opleidingseenheid.SoortParticuliereOpleiding => [],
            Opleidingseenheid e => Fouten(contracten, "aanleveren_opleidingseenheid", null, () => [BeherenXmlWriter.AanleverenOpleidingseenheid(e)]),
            Opleidingsrelatie r => Fouten(contracten, "aanleveren_opleidingsrelatie", null, () => [BeherenXmlWriter.AanleverenOpleidingsrelatie(r)]),
            AangebodenOpleiding o => Fouten(contracten, "aanleveren_aangebodenOpleiding", Contractvorm.Onmogelijk(o),
                () => [BeherenXmlWriter.AanleverenAangebodenOpleiding(o)]),
            _ => throw new ArgumentException($"No Beheren V4 message for {record?.GetType().Name}.", nameof(record)),
        };
    }

    private static IReadOnlyList<OngeldigVeld> Fouten(SoapContracten contracten, string operatie, OngeldigVeld? onmogelijk, Func<XElement[]> inhoud)
    {
        if (onmogelijk is not null)
        {
            return [onmogelijk];
        }

        XElement request;
        try
        {
            request = BeherenXmlWriter.Request(operatie, Kop, inhoud());
        }
        catch (ArgumentException e)
        {
            // Contractvorm names every shape the writer refuses; this is the net under it.
            return [new OngeldigVeld("$", $"past niet in een {operatie}_request: {e.Message}")];
        }

        var record = request.Elements().Last();
        if (OngeldigeTekens(record) is { } tekens)
        {
            return [tekens];
        }

        var contract = contracten.Get(RioSoapServices.Beheren);
        if (contract.Valideer(request).Count == 0)
        {
            return [];
        }

        var fouten = XsdValidatie.Lokaliseer(contract.Schemas, request)
            .Select(f => new OngeldigVeld(XsdVeld.Pad(record, f), $"voldoet niet aan DUO's XSD ({operatie}_request): {ZonderNamespace(f.Melding, contract.SchemaNamespace)}"))
            .ToList();
        return fouten.Count > 0 ? fouten : [new OngeldigVeld("$", $"voldoet niet aan DUO's XSD ({operatie}_request)")];
    }

    /// <summary>
    /// A character XML 1.0 cannot hold (a control character, a lone surrogate): no SOAP message can carry it, so the SOAP
    /// door refuses it before the XSD (Client.DK0004), and Raadplegen could not write it.
    /// </summary>
    private static OngeldigVeld? OngeldigeTekens(XElement record)
    {
        foreach (var tekst in record.DescendantNodes().OfType<XText>())
        {
            if (EersteOngeldige(tekst.Value) is { } positie)
            {
                var veld = XsdVeld.Pad(record, new XsdFout(tekst.Parent!, null, ""));
                return new OngeldigVeld(veld, string.Create(CultureInfo.InvariantCulture,
                    $"bevat op positie {positie} het teken U+{(int)tekst.Value[positie]:X4}, dat XML niet toestaat (een SOAP-bericht kan het niet dragen)"));
            }
        }

        return null;
    }

    private static int? EersteOngeldige(string waarde)
    {
        for (var i = 0; i < waarde.Length; i++)
        {
            if (XmlConvert.IsXmlChar(waarde[i]))
            {
                continue;
            }

            if (i + 1 < waarde.Length && XmlConvert.IsXmlSurrogatePair(waarde[i + 1], waarde[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return null;
    }

    private static string ZonderNamespace(string melding, XNamespace ns) =>
        melding.Replace($" in namespace '{ns.NamespaceName}'", "", StringComparison.Ordinal).Replace(ns.NamespaceName + ":", "", StringComparison.Ordinal);
}
