namespace Keten.Toegang.WsSecurity;

/// <summary>Why the WS-Security header of a message is refused; each check has its own code.</summary>
public enum WsSecurityWeigering
{
    HandtekeningOntbreekt,
    TimestampOntbreekt,
    TimestampOngeldig,
    TimestampVerlopen,
    AlgoritmeNietToegestaan,
    TransformatieNietToegestaan,
    CertificaatverwijzingOngeldig,
    HandtekeningOngeldig,
    OnderdeelNietOndertekend,
}

public static class WsSecurityWeigeringTekst
{
    public static string Tekst(this WsSecurityWeigering weigering) => weigering switch
    {
        WsSecurityWeigering.HandtekeningOntbreekt => "het bericht bevat geen wsse:Security met één ds:Signature",
        WsSecurityWeigering.TimestampOntbreekt => "wsse:Security bevat geen wsu:Timestamp met wsu:Id, Created en Expires",
        WsSecurityWeigering.TimestampOngeldig => "wsu:Timestamp is ongeldig (Created in de toekomst of Expires voor Created)",
        WsSecurityWeigering.TimestampVerlopen => "wsu:Timestamp is verlopen of te oud",
        WsSecurityWeigering.AlgoritmeNietToegestaan => "algoritme niet toegestaan: vereist zijn exclusive c14n, RSA-SHA256 en SHA-2-digests",
        WsSecurityWeigering.TransformatieNietToegestaan => "transformatie niet toegestaan: alleen exclusive c14n",
        WsSecurityWeigering.CertificaatverwijzingOngeldig =>
            "ds:KeyInfo moet met een directe wsse:Reference naar een X509v3 wsse:BinarySecurityToken verwijzen",
        WsSecurityWeigering.HandtekeningOngeldig => "de handtekening of een digest klopt niet",
        WsSecurityWeigering.OnderdeelNietOndertekend => "niet ondertekend",
        _ => weigering.ToString(),
    };
}

/// <summary>A refused WS-Security header; <see cref="Veld"/> names the part (never message content).</summary>
public sealed class WsSecurityWeigeringException(WsSecurityWeigering weigering, string veld)
    : WeigeringException<WsSecurityWeigering>(weigering, weigering.Tekst(), veld);
