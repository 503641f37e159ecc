using Keten.Application.Rio;
using System.Xml.Linq;
using Keten.Domain.Rio;
using Keten.Application.Rio.Queries;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;
using Keten.Storage;
using static Keten.Server.Rio.Soap.Raadplegen.RaadplegenVerzoekLezer;

namespace Keten.Server.Rio.Soap.Raadplegen;

/// <summary>
/// The handlers of the Raadplegen V4 operations: read the request, ask <see cref="RioQueries"/>, write the answer
/// with <see cref="RaadplegenXmlWriter"/> in the element order of each *_response type of DUO's XSD.
/// </summary>
public sealed partial class RaadplegenSoapHandlers(RioQueries queries, ReferentiedataBron referentiedata)
{
    /// <summary>
    /// The erkenner of every instellingserkenning Keten holds (MBO and VO institutions are recognised by OCW).
    /// PROVISIONAL: OrganisatieErkenner-v01 is a DUO value list not in Keten's sources; see docs/rio-raadplegen-mapping.md.
    /// </summary>
    public const string Erkenner = "OCW";

    // ---- aangeboden opleidingen ----

    public async Task<XElement> AangebodenOpleidingAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var tekst = Verplicht(verzoek, "aangebodenOpleidingCode");
        if (!Guid.TryParse(tekst, out var code) || await queries.AangebodenOpleidingAsync(code, ct) is not { } ao)
        {
            // sleutelwaarde holds at most 25 characters: the first 25 hex digits, as Foutcodes does for this code.
            return Afgekeurd(verzoek, Foutcodes.KTN404("aangebodenOpleidingCode", Guid.TryParse(tekst, out var g) ? g.ToString("N")[..25] : tekst));
        }

        return Bedrijfsdocument.Antwoord(verzoek, RaadplegenXmlWriter.RequestGoedgekeurd(true), AangebodenOpleiding(ao));
    }

    public async Task<XElement> AangebodenOpleidingenVanOrganisatieAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        if (Tekst(verzoek, "erkendeVestigingCode") is { } vestiging)
        {
            return Afgekeurd(verzoek, Foutcodes.KTN405("erkendeVestigingCode", vestiging));
        }

        var aanbieder = Verplicht(verzoek, "onderwijsaanbiedercode");
        if (await queries.OnderwijsaanbiederAsync(aanbieder, ct) is null)
        {
            return Afgekeurd(verzoek, Foutcodes.KTN404("onderwijsaanbiedercode", aanbieder));
        }

        var peildatum = Peildatum(verzoek);
        var pagina = Pagina(verzoek);
        var resultaat = await queries.AangebodenOpleidingenVanAanbiederAsync(aanbieder, Tekst(verzoek, "onderwijslocatiecode"), peildatum, pagina, ct);
        return Bedrijfsdocument.Antwoord(
            verzoek,
            RaadplegenXmlWriter.RequestGoedgekeurd(true),
            peildatum is { } p ? Peildatum(p) : null!,
            resultaat.Items.Select(AangebodenOpleiding),
            RaadplegenXmlWriter.Paginering(Paginering(pagina, resultaat.AantalResultaten)));
    }

    public async Task<XElement> GewijzigdeAangebodenOpleidingenAsync(SoapVerzoek verzoek, CancellationToken ct)
    {
        var aanbieder = Verplicht(verzoek, "onderwijsaanbiederCode");
        var pagina = Pagina(verzoek);
        var resultaat = await queries.GewijzigdAsync<AangebodenOpleiding>(
            RioObjectSoort.AangebodenOpleiding,
            new MutatieFilter(PeildatumtijdMutaties(verzoek), Onderwijsaanbiedercode: aanbieder),
            pagina,
            ct);
        return Bedrijfsdocument.Antwoord(
            verzoek,
            RaadplegenXmlWriter.Paginering(Paginering(pagina, resultaat.AantalResultaten)),
            RaadplegenXmlWriter.RequestGoedgekeurd(true),
            resultaat.Items.Select(g => RaadplegenXmlWriter.GewijzigdeAangebodenOpleiding(
                new GewijzigdeAangebodenOpleiding(g.Staat?.AangebodenOpleidingCode ?? Guid.Parse(g.Sleutel), g.SoortWijziging))));
    }

    /// <summary>The offering's element; Raadplegen always names the opleidingseenheid (derived for an erkenning).</summary>
    private static XElement AangebodenOpleiding(AangebodenOpleiding ao) =>
        RaadplegenXmlWriter.AangebodenOpleiding(ao, Opleidingseenheidcode(ao));

    private static string Opleidingseenheidcode(AangebodenOpleiding ao) =>
        ao.OpleidingseenheidSleutel
        ?? (ao.OpleidingserkenningSleutel is { } erkenning ? ErkendeOpleidingseenheid.CodeVoor(erkenning)
            : ao.VoVakerkenningSleutel is { } vak ? ErkendeOpleidingseenheid.CodeVoor(vak)
            : throw new InvalidOperationException($"Aangeboden opleiding {ao.AangebodenOpleidingCode} names no opleidingseenheid."));
}
