using System.Xml.Linq;
using Keten.Domain.Rio;

namespace Keten.Contract.Rio.Xml;

/// <summary>
/// XSD-valid Beheren V4 request bodies (the aanleveren_*_request elements) → domain records. Wire strings are kept
/// exactly; dates become DateOnly, numbers are parsed with the invariant culture. A specialisation Keten does not
/// cover gives a failed ReadResult (ReadErrorKind.UnsupportedSpecialisation), never an exception; input that is not
/// XSD-valid throws FormatException.
/// </summary>
public static partial class BeherenXmlReader
{
    private static readonly ElementReader R = RioContract.Beheren.Reader();

    /// <summary>aanleveren_onderwijsaanbieder_request; the code is null for a nieuweOnderwijsaanbieder.</summary>
    public static ReadResult<Onderwijsaanbieder> Onderwijsaanbieder(XElement request)
    {
        Verwacht(request, "aanleveren_onderwijsaanbieder_request");
        var bestaand = R.OptionalChild(request, "onderwijsaanbieder");
        var aanbieder = bestaand ?? R.Child(request, "nieuweOnderwijsaanbieder");
        return ReadResult<Onderwijsaanbieder>.Success(new Onderwijsaanbieder(
            bestaand is null ? null : R.Text(bestaand, "onderwijsaanbiedercode"),
            R.Text(request, "onderwijsbestuurcode"),
            R.Datum(aanbieder, "inBedrijfdatum"),
            R.OptionalDatum(aanbieder, "uitBedrijfdatum"),
            OnderwijsaanbiederXml.Perioden(R, aanbieder),
            OnderwijsaanbiederXml.JuridischeRelaties(R, aanbieder),
            KenmerkXml.Lees(R, aanbieder)));
    }

    /// <summary>aanleveren_aangebodenOpleiding_request: aangebodenMboOpleiding or aangebodenVOOpleiding.</summary>
    public static ReadResult<AangebodenOpleiding> AangebodenOpleiding(XElement request)
    {
        Verwacht(request, "aanleveren_aangebodenOpleiding_request");
        return ReadErrorException.Capture(() => AangebodenOpleidingXmlReader.Lees(RioContract.Beheren, Inhoud(request)));
    }

    /// <summary>
    /// aanleveren_opleidingseenheid_request: particuliereOpleiding. The message does not name the board; pass the
    /// sender's onderwijsbestuurcode.
    /// </summary>
    public static ReadResult<Opleidingseenheid> Opleidingseenheid(XElement request, string onderwijsbestuurcode)
    {
        Verwacht(request, "aanleveren_opleidingseenheid_request");
        ArgumentNullException.ThrowIfNull(onderwijsbestuurcode);
        var element = Inhoud(request);
        return ReadErrorException.Capture(() => OpleidingseenheidXml.Lees(
            R,
            element,
            R.OptionalText(element, "opleidingseenheidcode"),
            onderwijsbestuurcode));
    }

    /// <summary>aanleveren_opleidingsrelatie_request. The message does not name the board; pass the sender's onderwijsbestuurcode.</summary>
    public static ReadResult<Opleidingsrelatie> Opleidingsrelatie(XElement request, string onderwijsbestuurcode)
    {
        Verwacht(request, "aanleveren_opleidingsrelatie_request");
        ArgumentNullException.ThrowIfNull(onderwijsbestuurcode);
        var relatie = R.Child(request, "opleidingsrelatie");
        var codes = R.Children(relatie, "opleidingseenheidcode").Select(c => c.Value).ToList();
        if (codes.Count != 2)
        {
            throw new FormatException("<opleidingsrelatie> needs exactly two <opleidingseenheidcode>.");
        }

        return ReadResult<Opleidingsrelatie>.Success(new Opleidingsrelatie(
            onderwijsbestuurcode,
            R.Datum(relatie, "begindatum"),
            R.OptionalDatum(relatie, "einddatum"),
            codes[0],
            codes[1]));
    }

    private static void Verwacht(XElement request, string naam)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Name != RioNamespaces.Beheren + naam)
        {
            throw new ArgumentException($"Expected <{naam}> in {RioNamespaces.Beheren}, got <{request.Name}>.", nameof(request));
        }
    }

    /// <summary>The content element after the four Bedrijfsdocument fields (the request's single payload element).</summary>
    private static XElement Inhoud(XElement request) =>
        request.Elements().Skip(4).FirstOrDefault()
            ?? throw new FormatException($"<{request.Name.LocalName}> has no content after the Bedrijfsdocument fields.");
}
