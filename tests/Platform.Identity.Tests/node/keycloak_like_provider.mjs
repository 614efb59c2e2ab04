// A real OpenID provider (oidc-provider) issuing Keycloak-shaped JWT access tokens for the identity tests.
//   node keycloak_like_provider.mjs --config FILE --port P      prints "listening on <issuer>" once bound
// The config file, written by the test, holds the signing keys (private JWKs), the resource indicator and
// the audience its tokens are for, and the clients (client_credentials) with the Keycloak claims
// (realm_access, resource_access, organization, preferred_username, ...) that each one's tokens carry.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
// Modules come from tests/tools/node_modules (tests/tools/install); oidc-provider is ESM-only.
const entry = path.resolve(here, '../../tools/node_modules/oidc-provider/lib/index.js');
const { default: Provider, errors } = await import(pathToFileURL(entry).href);

const { values } = parseArgs({ options: { config: { type: 'string' }, port: { type: 'string' } } });
const config = JSON.parse(readFileSync(values.config, 'utf8'));
const issuer = `http://127.0.0.1:${values.port}`;
const claimsByClient = new Map(config.clients.map((client) => [client.client_id, client.claims]));

const provider = new Provider(issuer, {
  jwks: { keys: config.keys },
  clients: config.clients.map(({ client_id, client_secret }) => ({
    client_id,
    client_secret,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
  })),
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => config.resource,
      getResourceServerInfo: (_ctx, resource) => {
        if (resource !== config.resource) throw new errors.InvalidTarget();
        return {
          scope: 'api',
          audience: config.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 300,
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  // Keycloak's access tokens say typ "Bearer" and azp (the client); the rest is the client's configured claims.
  extraTokenClaims: (_ctx, token) => ({ typ: 'Bearer', azp: token.clientId, ...claimsByClient.get(token.clientId) }),
});

http.createServer(provider.callback()).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`oidc-provider listening on ${issuer}`);
});
