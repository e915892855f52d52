// A real OpenID Connect provider for the demo and the tests: `oidc-provider` (certified),
// on 127.0.0.1, with one public client that must use PKCE. Its development login screens
// accept any user name.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

export const demoClientId = 'qulay-demo';

/** Starts the provider; `redirectUri` is the demo site's callback page. Resolves to { server, issuer }. */
export async function startProvider({ port = 0, redirectUri }) {
  const server = createServer();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: demoClientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    claims: { openid: ['sub'], profile: ['name'] },
    cookies: { keys: ['qulay-demo-cookie-key'] },
    ttl: { Interaction: 3600, Session: 86400, Grant: 86400, AuthorizationCode: 600, AccessToken: 3600, IdToken: 3600 },
    async findAccount(_ctx, id) {
      return { accountId: id, claims: async () => ({ sub: id, name: id }) };
    },
  });
  // Plain http on the loopback address is the demo's only transport.
  provider.on('server_error', (_ctx, error) => console.error('oidc-provider:', error));
  server.on('request', provider.callback());
  return { server, issuer, provider };
}
