namespace Keten.Ontwikkelmakelaar.Oidc;

/// <summary>What an authorization code stands for until it is redeemed at the token endpoint, once.</summary>
internal sealed record OidcCode(OidcAntwoordadres Adres, Makelaarverklaring Verklaring);
