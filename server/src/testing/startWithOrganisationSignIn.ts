import { createServer } from 'node:net';
import { ORGANISATION_SIGN_IN_CALLBACK_PATH } from '@roundtable/shared';
import { startTestServer, type TestServer } from './startTestServer.ts';
import { TestIdentityProvider, type TestPerson } from './TestIdentityProvider.ts';

export const TEST_CLIENT_ID = 'roundtable';
export const TEST_CLIENT_SECRET = 'a client secret only the tests know';

export interface OrganisationSignInServers {
  roundtable: TestServer;
  provider: TestIdentityProvider;
  destroy(): Promise<void>;
}

/** A port free a moment ago: the provider must know Roundtable's address before Roundtable starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port');
  return address.port;
}

/** A test identity provider and Roundtable set up to sign staff in through it (OIDC_* and PUBLIC_ORIGIN). */
export async function startWithOrganisationSignIn(options: {
  people: Record<string, TestPerson>;
  tenantId?: string;
  label?: string;
}): Promise<OrganisationSignInServers> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const provider = await TestIdentityProvider.start({
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    redirectUri: `${origin}${ORGANISATION_SIGN_IN_CALLBACK_PATH}`,
    people: options.people,
  });
  const roundtable = await startTestServer({
    env: {
      PUBLIC_ORIGIN: origin,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      ...(options.tenantId ? { OIDC_TENANT_ID: options.tenantId } : {}),
      ...(options.label ? { OIDC_LABEL: options.label } : {}),
    },
    config: { port },
  });
  return {
    roundtable,
    provider,
    async destroy() {
      await roundtable.destroy();
      await provider.stop();
    },
  };
}
