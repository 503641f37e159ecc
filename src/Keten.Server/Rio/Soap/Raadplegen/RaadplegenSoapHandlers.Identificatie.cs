using Keten.Application.Rio;
using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Application.Rio.Queries;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;
using static Keten.Server.Rio.Soap.Raadplegen.RaadplegenVerzoekLezer;

namespace Keten.Server.Rio.Soap.Raadplegen;

/// <summary>opvragen_rioIdentificatiecode: the RIO code behind a board's own key, or behind an address.</summary>
public sealed class RaadplegenIdentificatieHandler(RioIdentificatie identificatie, ReferentiedataBron referentiedata)
{
    private static readonly XNamespace Ns = RioSoapServices.RaadplegenNamespace;

    private static readonly (string Element, EigenSleutelSoort Soort, string Antwoord)[] EigenSleutels =
    [
        ("eigenAangebodenOpleidingSleutel", EigenSleutelSoort.AangebodenOpleiding, "aangebodenOpleidingCode"),
        ("eigenOnderwijsaanbiederSleutel", EigenSleutelSoort.Onderwijsaanbieder, "onderwijsaanbiedercode"),
        ("eigenOpleidingseenheidSleutel", EigenSleutelSoort.Opleidingseenheid, "opleidingseenheidcode"),
    ];

    public async Task<XElement> RioIdentificatiecodeAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        if (verzoek.Body.Element(Ns + "aanduidingAdres") is { } adres)
        {
            var gezocht = new AanduidingAdres(
                adres.Element(Ns + "postcode")!.Value.Trim(),
                XmlValues.LeesGeheel(adres.Element(Ns + "huisnummer")!.Value),
                adres.Element(Ns + "huisnummertoevoeging")?.Value.Trim());
            return Antwoord(verzoek, "onderwijslocatiecode", await identificatie.BijAdresAsync(gezocht, ct), "postcode", gezocht.Postcode);
        }

        foreach (var (element, soort, antwoord) in EigenSleutels)
        {
            if (Tekst(verzoek, element) is { } sleutel)
            {
                var bestuur = referentiedata.Huidig.BestuurMetOin(verzoek.VerzenderOin)?.Code;
                var code = bestuur is null ? null : await identificatie.BijEigenSleutelAsync(bestuur, soort, sleutel, ct);
                return Antwoord(verzoek, antwoord, code, element, sleutel);
            }
        }

        var kadaster = Tekst(verzoek, "kadasterPlaatscode") ?? "";
        return Afgekeurd(verzoek, Foutcodes.KTN405("kadasterPlaatscode", kadaster));
    }

    private static XElement Antwoord(SoapVerzoek verzoek, string antwoordElement, string? code, string sleutelnaam, string sleutelwaarde) =>
        code is null
            ? Afgekeurd(verzoek, Foutcodes.KTN404(sleutelnaam, sleutelwaarde))
            : Bedrijfsdocument.Antwoord(verzoek, RaadplegenXmlWriter.RequestGoedgekeurd(true), new XElement(Ns + antwoordElement, code));
}
