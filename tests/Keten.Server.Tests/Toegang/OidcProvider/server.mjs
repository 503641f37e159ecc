// A standard OpenID provider (oidc-provider, npm, MIT) as the test partner of Keten's OIDC door (issue 7 point 9).
// Started by OidcProviderPartner.cs: `node server.mjs <config.json>`, where the per-run config holds the port, Keten as
// client (id, secret, redirect URI) and the test identities by name. The authorize request's login_hint names the
// identity (the accountId; sub is its pseudonym); the own interaction route below logs it in at its level and grants
// the requested scopes, without a page.
// The id_token (RS256, a key made per run) carries the eTOEGANG claims under the names Keten's OidcClaimNamen use by
// default, and acr = the identity's level.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const issuer = `http://localhost:${config.port}`;

const eToegangClaims = {
  identificatieType: 'namequalifier',
  legalSubjectId: 'urn:etoegang:core:LegalSubjectID',
  actingSubjectId: 'urn:etoegang:core:ActingSubjectID',
  vestigingsnr: 'urn:etoegang:1.9:ServiceRestriction:Vestigingsnr',
  serviceId: 'urn:etoegang:core:ServiceID',
  serviceUuid: 'urn:etoegang:core:ServiceUUID',
};

function claimsVan(identiteit) {
  const claims = {
    sub: identiteit.pseudoniem,
    [eToegangClaims.identificatieType]: 'urn:etoegang:1.9:EntityConcernedID:KvKnr',
    [eToegangClaims.legalSubjectId]: identiteit.kvkNummer,
    [eToegangClaims.actingSubjectId]: identiteit.pseudoniem,
    [eToegangClaims.serviceId]: identiteit.serviceId,
    [eToegangClaims.serviceUuid]: identiteit.serviceUuid,
  };
  if (identiteit.vestigingsnr) {
    claims[eToegangClaims.vestigingsnr] = identiteit.vestigingsnr;
  }
  return claims;
}

const identiteitVan = (naam) => (Object.hasOwn(config.identiteiten, naam ?? '') ? config.identiteiten[naam] : undefined);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

const provider = new Provider(issuer, {
  clients: [{
    client_id: config.client.clientId,
    client_secret: config.client.clientSecret,
    redirect_uris: [config.client.redirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_post',
    id_token_signed_response_alg: 'RS256',
  }],
  jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'testpartner', alg: 'RS256', use: 'sig' }] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  scopes: ['openid', 'etoegang'],
  claims: { openid: ['sub'], etoegang: Object.values(eToegangClaims) },
  acrValues: ['loa2plus', 'loa3', 'loa4'],
  // The scope's claims go into the id_token itself, which is where Keten reads them.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  ttl: { AuthorizationCode: 60, AccessToken: 300, IdToken: 300, Interaction: 600, Session: 3600, Grant: 3600 },
  // Without PAR (which oidc-provider offers by default and ASP.NET Core's handler then uses) the authorize request
  // goes through the browser, so the test can add its login_hint and change the nonce.
  features: { devInteractions: { enabled: false }, pushedAuthorizationRequests: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (ctx, id) => {
    const identiteit = identiteitVan(id);
    return identiteit && { accountId: id, claims: () => claimsVan(identiteit) };
  },
});

// The interaction without a page: login as the login_hint's identity at its level, then consent to what was asked.
provider.use(async (ctx, next) => {
  if (ctx.method !== 'GET' || !/^\/interaction\/[^/]+$/.test(ctx.path)) {
    return next();
  }
  const { prompt, params, session, grantId } = await provider.interactionDetails(ctx.req, ctx.res);
  let uitkomst;
  if (prompt.name === 'login') {
    const identiteit = identiteitVan(params.login_hint);
    uitkomst = identiteit
      ? { login: { accountId: params.login_hint, acr: identiteit.acr } }
      : { error: 'access_denied', error_description: 'unknown login_hint' };
  } else {
    const grant = grantId
      ? await provider.Grant.find(grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    grant.addOIDCScope(params.scope);
    uitkomst = { consent: { grantId: await grant.save() } };
  }
  ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, uitkomst, { mergeWithLastSubmission: false }));
});

provider.listen(config.port, 'localhost', () => console.log(`oidc-provider listening on ${issuer}`));
