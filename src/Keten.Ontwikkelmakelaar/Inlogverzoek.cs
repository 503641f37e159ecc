using Keten.Toegang;

namespace Keten.Ontwikkelmakelaar;

/// <summary>A login waiting for the person's choice: which service, the level asked, and where the answer goes.</summary>
internal sealed record Inlogverzoek(Betrouwbaarheidsniveau? GevraagdNiveau, int DienstIndex, SamlAntwoordadres? Saml, OidcAntwoordadres? Oidc);

internal sealed record SamlAntwoordadres(string VerzoekId, string AcsUrl, string? RelayState);

internal sealed record OidcAntwoordadres(string ClientId, string RedirectUri, string? State, string? Nonce, string CodeChallenge, string ResponseMode);

/// <summary>What the person chose on the page.</summary>
internal sealed record Inlogkeuze(Testmedewerker Medewerker, Testbestuur Bestuur, string? Vestigingsnr, Betrouwbaarheidsniveau Niveau);
