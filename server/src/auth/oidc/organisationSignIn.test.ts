import {
  type MeResponse,
  type ProjectDetailResponse,
  type ProjectsResponse,
  SESSION_COOKIE,
  type SetupResponse,
} from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IdentityKey } from '../../store/IdentityStore.ts';
import { SqliteStore } from '../../store/sqlite/SqliteStore.ts';
import { RedirectingBrowser } from '../../testing/RedirectingBrowser.ts';
import {
  type OrganisationSignInServers,
  startWithOrganisationSignIn,
  TEST_CLIENT_SECRET,
} from '../../testing/startWithOrganisationSignIn.ts';
import { TestPerson } from '../../testing/TestPerson.ts';
import { PendingSignInSeal } from './PendingSignInSeal.ts';

const CAMDEN = '6a7c3b52-1f0e-4a4e-9a43-2b1d6f3c9e01';
const ELSEWHERE = 'd1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6';
const PRIYA_OID = '0f3e5d7c-1111-4222-8333-444455556666';

const people = {
  priya: { name: 'Priya Shah', email: 'priya.shah@camden.example', tid: CAMDEN, oid: PRIYA_OID },
  visitor: { name: 'Val Visitor', email: 'val@elsewhere.example', tid: ELSEWHERE, oid: PRIYA_OID },
  nameless: {
    name: '\u202e',
    email: 'nobody@camden.example',
    tid: CAMDEN,
    oid: 'c0ffee00-0000-4000-8000-000000000001',
  },
};

describe('signing in through the organisation', () => {
  let servers: OrganisationSignInServers;
  let url: string;
  let lead: TestPerson;

  beforeEach(async () => {
    servers = await startWithOrganisationSignIn({ people, tenantId: CAMDEN, label: 'Camden Council' });
    url = servers.roundtable.url;
    lead = new TestPerson(url, 'Ada');
    await lead.signUp();
  });

  afterEach(async () => {
    await servers.destroy();
  });

  /** Signs in through the provider as `account`; answers the browser and where Roundtable sent it. */
  async function signIn(account: string, returnTo?: string) {
    const browser = new RedirectingBrowser();
    const callback = await browser.answerProvider(url, { account }, returnTo);
    return { browser, landedOn: await browser.finishAt(callback) };
  }

  function asPerson(browser: RedirectingBrowser): TestPerson {
    const person = new TestPerson(url, 'Priya');
    person.cookie = browser.session(url);
    return person;
  }

  /** Looks in the database itself, beside the running server. */
  async function inStore<T>(look: (stores: ReturnType<typeof SqliteStore.open>) => Promise<T>): Promise<T> {
    const stores = SqliteStore.open(servers.roundtable.databaseFile);
    try {
      return await look(stores);
    } finally {
      await stores.close();
    }
  }

  const priyaKey = (): IdentityKey => ({ issuer: servers.provider.issuer, tenant: CAMDEN, subject: PRIYA_OID });

  it('says on the setup endpoint that staff can sign in, and with whom', async () => {
    const setup = await lead.expectOk<SetupResponse>('GET', '/api/setup');
    expect(setup.organisationSignIn).toEqual({ label: 'Camden Council' });
  });

  it('signs a member of staff in, making an account keyed by issuer, tenant and object id', async () => {
    const { browser, landedOn } = await signIn('priya', '/projects');

    expect(landedOn.href).toBe(`${url}/projects`);
    expect(browser.cookie(url, 'roundtable_organisation_sign_in')).toBeUndefined();
    const { user } = await asPerson(browser).expectOk<MeResponse>('GET', '/api/me');
    expect(user).toMatchObject({ displayName: 'Priya Shah', email: 'priya.shah@camden.example' });
    const identity = await inStore((stores) => stores.identities.findIdentity(priyaKey()));
    expect(identity).toMatchObject({ userId: user.id, email: 'priya.shah@camden.example' });
    expect(await inStore((stores) => stores.users.countUsers())).toBe(2);
  });

  it('gives the same person the same account when their email address and name have changed', async () => {
    const first = await signIn('priya');
    const { user: before } = await asPerson(first.browser).expectOk<MeResponse>('GET', '/api/me');
    servers.provider.people.set('priya', { ...people.priya, name: 'Priya Jones', email: 'priya.jones@camden.example' });

    const second = await signIn('priya');

    const { user: after } = await asPerson(second.browser).expectOk<MeResponse>('GET', '/api/me');
    expect(after.id).toBe(before.id);
    expect(await inStore((stores) => stores.users.countUsers())).toBe(2);
    const identity = await inStore((stores) => stores.identities.findIdentity(priyaKey()));
    expect(identity?.email).toBe('priya.jones@camden.example');
  });

  it('never lets such an account sign in or reset its way in with a password', async () => {
    const { browser } = await signIn('priya');
    const { user } = await asPerson(browser).expectOk<MeResponse>('GET', '/api/me');

    const byPassword = await new TestPerson(url, 'Priya', 'priya.shah@camden.example', '').request(
      'POST',
      '/api/auth/signin',
      { email: 'priya.shah@camden.example', password: 'any password at all' },
    );
    expect(byPassword.status).toBe(401);
    const resetLink = await lead.request<{ error: { message: string } }>(
      'POST',
      `/api/admin/accounts/${user.id}/password-reset-link`,
    );
    expect(resetLink.status).toBe(400);
    expect(resetLink.body.error.message).toMatch(/signs in through their organisation/);
  });

  it('lands on the sign-in page, with no account or session, when the provider refuses', async () => {
    const browser = new RedirectingBrowser();
    const callback = await browser.answerProvider(url, 'refuse', '/invite/abc');
    expect(callback.searchParams.get('error')).toBe('access_denied');

    const landedOn = await browser.finishAt(callback);

    expect(`${landedOn.pathname}${landedOn.search}`).toBe('/sign-in?signInProblem=refused&next=%2Finvite%2Fabc');
    expect(browser.session(url)).toBeUndefined();
    expect(await inStore((stores) => stores.users.countUsers())).toBe(1);
  });

  it('refuses an ID token from another tenant, whatever the issuer allowed', async () => {
    const { browser, landedOn } = await signIn('visitor');

    expect(landedOn.searchParams.get('signInProblem')).toBe('other-organisation');
    expect(browser.session(url)).toBeUndefined();
    expect(await inStore((stores) => stores.users.countUsers())).toBe(1);
  });

  it('refuses a callback whose state was not started in this browser', async () => {
    const victim = new RedirectingBrowser();
    await victim.get(new URL('/api/auth/oidc/start', url)).then((response) => response.arrayBuffer());
    const attacker = new RedirectingBrowser();
    const attackersCallback = await attacker.answerProvider(url, { account: 'priya' });

    const landedOn = await victim.finishAt(attackersCallback);

    expect(landedOn.searchParams.get('signInProblem')).toBe('expired');
    expect(victim.session(url)).toBeUndefined();
    const withoutAnyPending = await new RedirectingBrowser().finishAt(attackersCallback);
    expect(withoutAnyPending.searchParams.get('signInProblem')).toBe('expired');
    expect(await inStore((stores) => stores.users.countUsers())).toBe(1);
  });

  it('uses a pending sign-in once', async () => {
    const browser = new RedirectingBrowser();
    const callback = await browser.answerProvider(url, { account: 'priya' });
    const pending = browser.cookie(url, 'roundtable_organisation_sign_in') ?? '';
    await browser.finishAt(callback);

    const replay = new RedirectingBrowser();
    const response = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: `roundtable_organisation_sign_in=${pending}` },
    });
    await response.arrayBuffer();

    expect(new URL(response.headers.get('location') ?? '', url).searchParams.get('signInProblem')).toBe('expired');
    expect(replay.session(url)).toBeUndefined();
  });

  it('refuses an ID token whose nonce is not the one this browser was given', async () => {
    const browser = new RedirectingBrowser();
    const callback = await browser.answerProvider(url, { account: 'priya' });
    const seal = new PendingSignInSeal(TEST_CLIENT_SECRET);
    const pending = seal.open(browser.cookie(url, 'roundtable_organisation_sign_in'), Date.now());
    if (!pending) throw new Error('No pending sign-in');
    const tampered = seal.seal({ ...pending, nonce: 'another nonce' });

    const response = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: `roundtable_organisation_sign_in=${tampered}` },
    });
    await response.arrayBuffer();

    expect(new URL(response.headers.get('location') ?? '', url).searchParams.get('signInProblem')).toBe('failed');
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
    expect(await inStore((stores) => stores.users.countUsers())).toBe(1);
  });

  it('refuses someone whose organisation gives no name others could be shown', async () => {
    const { landedOn } = await signIn('nameless');
    expect(landedOn.searchParams.get('signInProblem')).toBe('no-name');
  });

  it('joins no project on first sign-in: the person still needs an invite, and chooses their perspective there', async () => {
    const projectId = await lead.createProject();
    const token = await lead.invite(projectId);

    const { browser, landedOn } = await signIn('priya', `/invite/${token}`);

    expect(landedOn.href).toBe(`${url}/invite/${token}`);
    const priya = asPerson(browser);
    expect((await priya.expectOk<ProjectsResponse>('GET', '/api/projects')).projects).toEqual([]);
    expect((await priya.request('GET', `/api/projects/${projectId}`)).status).toBe(404);
    await priya.join(token, 'both');
    const detail = await priya.expectOk<ProjectDetailResponse>('GET', `/api/projects/${projectId}`);
    expect(detail.me).toMatchObject({ role: 'member', perspective: 'both' });
  });

  it('says so when the provider cannot be reached, keeping where the person was going', async () => {
    await servers.provider.stop();
    const browser = new RedirectingBrowser();
    const start = await browser.get(new URL('/api/auth/oidc/start?returnTo=%2Finvite%2Fabc', url));
    await start.arrayBuffer();
    expect(start.headers.get('location')).toBe('/sign-in?signInProblem=unavailable&next=%2Finvite%2Fabc');
    expect(browser.session(url)).toBeUndefined();
  });

  it('comes back only to paths on this site', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/api/me']) {
      const { landedOn } = await signIn('priya', returnTo);
      expect(landedOn.href, returnTo).toBe(`${url}/`);
    }
  });
});

describe('signing in through the organisation on a new Roundtable', () => {
  it('makes no first account: that one is made with a password', async () => {
    const servers = await startWithOrganisationSignIn({ people, tenantId: CAMDEN });
    try {
      const browser = new RedirectingBrowser();
      const landedOn = await browser.finishAt(
        await browser.answerProvider(servers.roundtable.url, { account: 'priya' }),
      );
      expect(landedOn.searchParams.get('signInProblem')).toBe('no-accounts-yet');
      expect(browser.session(servers.roundtable.url)).toBeUndefined();
    } finally {
      await servers.destroy();
    }
  });
});
