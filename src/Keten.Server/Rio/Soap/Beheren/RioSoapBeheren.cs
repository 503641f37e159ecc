using Keten.Application.Rio;
using System.Xml.Linq;
using Keten.Contract.Soap;
using Keten.Domain.Gemeenschappelijk;
using Keten.Domain.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Contract.Rio.Xml;
using Keten.Server.Soap;

namespace Keten.Server.Rio.Soap.Beheren;

/// <summary>
/// The ten operations of DUO_RIO_Beheren_OnderwijsOrganisatie_V4: each maps DUO's XML to the domain record,
/// calls the same handler REST uses, and renders the Terugkoppeling as DUO's response.
/// </summary>
public static class RioSoapBeheren
{
    public static IServiceCollection AddRioSoapBeheren(this IServiceCollection services)
    {
        Registreer(services, "aanleveren_onderwijsaanbieder", (sp, v, a, ct) =>
            Lees(BeherenXmlReader.Onderwijsaanbieder(v.Body), o => sp.GetRequiredService<OnderwijsaanbiederHandler>().AanleverenAsync(o, a, v.IdentificatiecodeBedrijfsdocument, ct)),
            "onderwijsaanbiedercode");
        Registreer(services, "verwijderen_onderwijsaanbieder", (sp, v, a, ct) =>
            sp.GetRequiredService<OnderwijsaanbiederHandler>().VerwijderenAsync(BeherenXmlReader.VerwijderenOnderwijsaanbieder(v.Body), a, v.IdentificatiecodeBedrijfsdocument, ct));

        Registreer(services, "aanleveren_onderwijslocatiegebruik", (sp, v, a, ct) =>
            Lees(BeherenXmlReader.Onderwijslocatiegebruik(v.Body), o => sp.GetRequiredService<OnderwijslocatiegebruikHandler>().AanleverenAsync(o, a, v.IdentificatiecodeBedrijfsdocument, ct)),
            "onderwijslocatiecode");
        Registreer(services, "verwijderen_onderwijslocatiegebruik", (sp, v, a, ct) =>
        {
            var (bestuur, locatie) = BeherenXmlReader.VerwijderenOnderwijslocatiegebruik(v.Body);
            return sp.GetRequiredService<OnderwijslocatiegebruikHandler>().VerwijderenAsync(bestuur, locatie, a, v.IdentificatiecodeBedrijfsdocument, ct);
        });

        Registreer(services, "aanleveren_opleidingseenheid", (sp, v, a, ct) =>
            Lees(BeherenXmlReader.Opleidingseenheid(v.Body, a.Onderwijsbestuurcode ?? ""), o => sp.GetRequiredService<OpleidingseenheidHandler>().AanleverenAsync(o, a, v.IdentificatiecodeBedrijfsdocument, ct)),
            "opleidingseenheidcode", codeVoorFoutmeldingen: true);
        Registreer(services, "verwijderen_opleidingseenheid", (sp, v, a, ct) =>
            sp.GetRequiredService<OpleidingseenheidHandler>().VerwijderenAsync(BeherenXmlReader.VerwijderenOpleidingseenheid(v.Body), a, v.IdentificatiecodeBedrijfsdocument, ct));

        Registreer(services, "aanleveren_opleidingsrelatie", (sp, v, a, ct) =>
            Lees(BeherenXmlReader.Opleidingsrelatie(v.Body, a.Onderwijsbestuurcode ?? ""), o => sp.GetRequiredService<OpleidingseenheidHandler>().AanleverenRelatieAsync(o, a, v.IdentificatiecodeBedrijfsdocument, ct)));
        Registreer(services, "verwijderen_opleidingsrelatie", (sp, v, a, ct) =>
        {
            var (code1, code2, begin) = BeherenXmlReader.VerwijderenOpleidingsrelatie(v.Body);
            return sp.GetRequiredService<OpleidingseenheidHandler>().VerwijderenRelatieAsync(code1, code2, begin, a, v.IdentificatiecodeBedrijfsdocument, ct);
        });

        Registreer(services, "aanleveren_aangebodenOpleiding", (sp, v, a, ct) =>
            Lees(BeherenXmlReader.AangebodenOpleiding(v.Body), o => sp.GetRequiredService<AangebodenOpleidingHandler>().AanleverenAsync(o, a, v.IdentificatiecodeBedrijfsdocument, ct)));
        Registreer(services, "verwijderen_aangebodenOpleiding", (sp, v, a, ct) =>
            sp.GetRequiredService<AangebodenOpleidingHandler>().VerwijderenAsync(BeherenXmlReader.VerwijderenAangebodenOpleiding(v.Body), a, v.IdentificatiecodeBedrijfsdocument, ct));
        return services;
    }

    private static void Registreer(
        IServiceCollection services,
        string operatie,
        Func<IServiceProvider, SoapVerzoek, Afzender, CancellationToken, Task<VerwerkResultaat>> verwerk,
        string? codeElement = null,
        bool codeVoorFoutmeldingen = false) =>
        services.AddSoapOperatie(RioSoapServices.Beheren, operatie, sp => async (verzoek, ct) =>
        {
            var afzender = verzoek.Afzender(sp.GetRequiredService<ReferentiedataBron>());
            try
            {
                var resultaat = await verwerk(sp, verzoek, afzender, ct);
                return BeherenAntwoord.Van(verzoek, resultaat.Antwoord, codeElement, codeVoorFoutmeldingen);
            }
            catch (BedrijfsdocumentAlGebruiktException)
            {
                throw new SoapFaultException(SoapFaults.BedrijfsdocumentAlGebruikt());
            }
        });

    private static Task<VerwerkResultaat> Lees<T>(ReadResult<T> gelezen, Func<T, Task<VerwerkResultaat>> handler)
        where T : class =>
        gelezen.IsSuccess
            ? handler(gelezen.Value!)
            : Task.FromResult(new VerwerkResultaat(Terugkoppeling.Afgekeurd([Onleesbaar(gelezen.Error!)]), [], []));

    private static Foutmelding Onleesbaar(ReadError fout) => fout.Foutmelding ?? (fout.Kind == ReadErrorKind.UnsupportedSpecialisation
        ? Foutcodes.KTN020(fout.Element)
        : Foutcodes.KTN021(fout.Element, fout.Message));
}
