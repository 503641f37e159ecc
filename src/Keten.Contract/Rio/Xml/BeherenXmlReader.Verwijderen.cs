using System.Xml.Linq;

namespace Keten.Contract.Rio.Xml;

public static partial class BeherenXmlReader
{
    /// <summary>verwijderen_aangebodenOpleiding_request → the aangebodenOpleidingCode.</summary>
    public static Guid VerwijderenAangebodenOpleiding(XElement request)
    {
        Verwacht(request, "verwijderen_aangebodenOpleiding_request");
        return Guid.Parse(R.Text(request, "aangebodenOpleidingCode"));
    }

    /// <summary>verwijderen_onderwijsaanbieder_request → the onderwijsaanbiedercode.</summary>
    public static string VerwijderenOnderwijsaanbieder(XElement request)
    {
        Verwacht(request, "verwijderen_onderwijsaanbieder_request");
        return R.Text(request, "onderwijsaanbiedercode");
    }

    /// <summary>verwijderen_onderwijslocatiegebruik_request → onderwijsbestuurcode and onderwijslocatiecode.</summary>
    public static (string Onderwijsbestuurcode, string Onderwijslocatiecode) VerwijderenOnderwijslocatiegebruik(XElement request)
    {
        Verwacht(request, "verwijderen_onderwijslocatiegebruik_request");
        return (R.Text(request, "onderwijsbestuurcode"), R.Text(request, "onderwijslocatiecode"));
    }

    /// <summary>verwijderen_opleidingseenheid_request → the opleidingseenheidcode.</summary>
    public static string VerwijderenOpleidingseenheid(XElement request)
    {
        Verwacht(request, "verwijderen_opleidingseenheid_request");
        return R.Text(request, "opleidingseenheidcode");
    }

    /// <summary>verwijderen_opleidingsrelatie_request → both opleidingseenheidcodes (in message order) and the begindatum.</summary>
    public static (string Opleidingseenheidcode1, string Opleidingseenheidcode2, DateOnly Begindatum) VerwijderenOpleidingsrelatie(XElement request)
    {
        Verwacht(request, "verwijderen_opleidingsrelatie_request");
        var codes = R.Children(request, "opleidingseenheidcode").Select(c => c.Value).ToList();
        if (codes.Count != 2)
        {
            throw new FormatException("<verwijderen_opleidingsrelatie_request> needs exactly two <opleidingseenheidcode>.");
        }

        return (codes[0], codes[1], R.Datum(request, "begindatum"));
    }
}
