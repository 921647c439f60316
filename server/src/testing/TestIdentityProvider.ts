import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type AdapterPayload, type JWK } from 'oidc-provider';

/** Someone the test provider can sign in, with the claims Entra ID would give them. */
export interface TestPerson {
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  email_verified?: boolean;
  /** Entra ID's tenant id. */
  tid?: string;
  /** Entra ID's object id. */
  oid?: string;
}

export interface TestIdentityProviderOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Keyed by the account id typed on the provider's sign-in page, which becomes `sub`. */
  people?: Record<string, TestPerson>;
  /**
   * The name in its issuer address; `localhost` makes it another site than a Roundtable at
   * 127.0.0.1, as a real provider is, so cookies meet the browser's cross-site rules.
   */
  hostname?: string;
}

export const TEST_SIGN_IN_PAGE_TITLE = 'Test organisation sign-in';

/**
 * A real OpenID Connect provider (oidc-provider) on a free port, for tests. Its own
 * sign-in page asks for an account id and has "Sign in" and "Refuse" buttons; a
 * refusal answers access_denied. The people, and so the claims it puts in ID tokens
 * (`tid` and `oid` included), can be changed between sign-ins.
 */
export class TestIdentityProvider {
  readonly people: Map<string, TestPerson>;

  private constructor(
    readonly issuer: string,
    private readonly server: Server,
    people: Record<string, TestPerson>,
  ) {
    this.people = new Map(Object.entries(people));
  }

  static async start(options: TestIdentityProviderOptions): Promise<TestIdentityProvider> {
    let handle: (request: IncomingMessage, response: ServerResponse) => void = () => undefined;
    const server = createServer((request, response) => handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://${options.hostname ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;
    const identityProvider = new TestIdentityProvider(issuer, server, options.people ?? {});
    const provider = identityProvider.provider(options);
    const callback = provider.callback();
    handle = (request, response) => {
      const match = /^\/interaction\/([\w-]+)$/.exec(request.url ?? '');
      if (!match) return void callback(request, response);
      identityProvider.interaction(provider, request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
    };
    return identityProvider;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private provider(options: TestIdentityProviderOptions): Provider {
    const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    return new Provider(this.issuer, {
      clients: [
        {
          client_id: options.clientId,
          client_secret: options.clientSecret,
          redirect_uris: [options.redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      adapter: memoryAdapter(),
      ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
      jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' } as JWK] },
      cookies: { keys: ['test identity provider cookies'] },
      claims: {
        openid: ['sub', 'tid', 'oid'],
        profile: ['name', 'given_name', 'family_name'],
        email: ['email', 'email_verified'],
      },
      // Scope claims go in the ID token itself, as Entra ID puts them.
      conformIdTokenClaims: false,
      findAccount: (_context, accountId) => ({
        accountId,
        claims: () => ({ sub: accountId, ...this.people.get(accountId) }),
      }),
      interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
      features: { devInteractions: { enabled: false } },
    });
  }

  /** The provider's own sign-in page, and what it does with the answer. */
  private async interaction(provider: Provider, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    if (request.method !== 'POST') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(signInPage(details.uid));
      return;
    }
    const form = new URLSearchParams(await readBody(request));
    if (form.get('action') === 'refuse') {
      await provider.interactionFinished(request, response, {
        error: 'access_denied',
        error_description: 'The person chose not to sign in.',
      });
      return;
    }
    const accountId = form.get('account') ?? '';
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(request, response, { login: { accountId }, consent: { grantId } });
  }
}

function signInPage(uid: string): string {
  return `<!doctype html><html lang="en"><head><title>${TEST_SIGN_IN_PAGE_TITLE}</title></head><body><main>
<h1>${TEST_SIGN_IN_PAGE_TITLE}</h1>
<form method="post" action="/interaction/${uid}">
<label for="account">Account</label> <input id="account" name="account" autocomplete="off">
<button type="submit" name="action" value="sign-in">Sign in</button>
<button type="submit" name="action" value="refuse">Refuse</button>
</form></main></body></html>`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The provider's records, kept for the life of the test (its own in-memory adapter warns on every start). */
function memoryAdapter(): (model: string) => Adapter {
  const records = new Map<string, AdapterPayload>();
  return (model) => ({
    async upsert(id, payload) {
      records.set(`${model} ${id}`, payload);
    },
    async find(id) {
      return records.get(`${model} ${id}`);
    },
    async findByUid(uid) {
      return [...records].find(([key, payload]) => key.startsWith(`${model} `) && payload.uid === uid)?.[1];
    },
    async findByUserCode(userCode) {
      return [...records].find(([key, payload]) => key.startsWith(`${model} `) && payload.userCode === userCode)?.[1];
    },
    async consume(id) {
      const payload = records.get(`${model} ${id}`);
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    },
    async destroy(id) {
      records.delete(`${model} ${id}`);
    },
    async revokeByGrantId(grantId) {
      for (const [key, payload] of records) if (payload.grantId === grantId) records.delete(key);
    },
  });
}
