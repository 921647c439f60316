import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import {
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  type InviteResponse,
  ORGANISATION_SIGN_IN_CALLBACK_PATH,
  type ProjectResponse,
  SESSION_COOKIE,
} from '@roundtable/shared';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';

/*
 * Staff signing in through their organisation, with the real UI, against a real
 * OpenID Connect provider (the server's test provider, as a process of its own) and a
 * Roundtable of its own started compiled with the OIDC settings, as `pnpm start` runs.
 */

const serverDir = resolve(import.meta.dirname, '../../server');
const CLIENT_ID = 'roundtable';
const CLIENT_SECRET = 'a client secret only this test knows';
const CAMDEN = '6a7c3b52-1f0e-4a4e-9a43-2b1d6f3c9e01';
const people = {
  priya: {
    name: 'Priya Shah',
    email: 'priya.shah@camden.example',
    tid: CAMDEN,
    oid: 'a1b2c3d4-0000-4000-8000-00000000c0de',
  },
};
const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };

const processes: ChildProcess[] = [];
let dataDir = '';
let roundtableUrl = '';
let lead: APIRequestContext;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise<void>((done) => probe.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('No free port');
  return address.port;
}

/** Starts a process in the server package and answers the address it says it is ready at. */
async function startProcess(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, args, { cwd: serverDir, env: { ...process.env, ...env } });
  processes.push(child);
  let output = '';
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`Not ready after 60 s:\n${output}`)), 60_000);
    const read = (data: Buffer) => {
      output += data.toString();
      const ready = /ready at (http:\S+)/.exec(output);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolveUrl(ready[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`Exited (${code}) before it was ready:\n${output}`)));
  });
}

test.beforeAll(async () => {
  const port = await freePort();
  roundtableUrl = `http://127.0.0.1:${port}`;
  const issuer = await startProcess(['--import', 'tsx', 'src/testing/testIdentityProviderMain.ts'], {
    CLIENT_ID,
    CLIENT_SECRET,
    REDIRECT_URI: `${roundtableUrl}${ORGANISATION_SIGN_IN_CALLBACK_PATH}`,
    PEOPLE: JSON.stringify(people),
    // Another site than Roundtable's 127.0.0.1, as a real provider is: cookies must survive the way back.
    ISSUER_HOSTNAME: 'localhost',
  });
  dataDir = mkdtempSync(join(tmpdir(), 'roundtable-e2e-organisation-'));
  await startProcess(['--enable-source-maps', 'dist/main.js'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'error',
    PUBLIC_ORIGIN: roundtableUrl,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_TENANT_ID: CAMDEN,
    OIDC_LABEL: 'Camden Council',
  });
  lead = await request.newContext({ baseURL: roundtableUrl });
  const signUp = await lead.post('/api/auth/signup', {
    headers,
    data: { displayName: 'Lena Lead', email: 'lena@example.org', password: 'a long enough password' },
  });
  expect(signUp.ok(), await signUp.text()).toBe(true);
});

test.afterAll(async () => {
  await lead?.dispose();
  for (const child of processes) child.kill('SIGTERM');
  await Promise.all(
    processes.map((child) => new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(null)))),
  );
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Answers the provider's own sign-in page. */
async function atProvider(page: Page, account: string, action: 'Sign in' | 'Refuse'): Promise<void> {
  await expect(page).toHaveTitle('Test organisation sign-in');
  await page.getByLabel('Account').fill(account);
  await page.getByRole('button', { name: action }).click();
}

test('a member of staff signs in with their organisation from an invite, then chooses their perspective and joins', async ({
  browser,
}) => {
  const { project } = (await (
    await lead.post('/api/projects', { headers, data: { name: 'SEND strategy group', purpose: '' } })
  ).json()) as ProjectResponse;
  const { invite } = (await (
    await lead.post(`/api/projects/${project.id}/invites`, { headers, data: { role: 'member' } })
  ).json()) as InviteResponse;
  const context = await browser.newContext({ baseURL: roundtableUrl });
  const page = await context.newPage();

  await page.goto(`/invite/${invite.token}`);
  await page.getByRole('link', { name: 'Sign in with Camden Council' }).click();
  await atProvider(page, 'priya', 'Sign in');

  await expect(page).toHaveURL(`${roundtableUrl}/invite/${invite.token}`);
  await expect(page.getByRole('heading', { name: 'One last step' })).toBeVisible();
  await expect(page.getByText('Signed in as Priya Shah.')).toBeVisible();
  // Nothing about the perspective came from the organisation: the person chooses it.
  for (const radio of await page.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await page.locator('label', { has: page.getByRole('radio', { name: 'Professional', exact: true }) }).click();
  await page.getByRole('button', { name: /^Join SEND strategy group/ }).click();

  await expect(page.getByRole('heading', { name: /^SEND strategy group/, level: 1 })).toBeVisible();
  const members = page.getByRole('region', { name: /^People/ });
  await expect(members.getByText('Priya Shah')).toBeVisible();
  await context.close();
});

test('the sign-in page offers the organisation, passes axe at 1280 and 390 px wide, and explains a refusal', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: roundtableUrl, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  const button = page.getByRole('link', { name: 'Sign in with Camden Council' });
  await expect(button).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in page with organisation sign-in at 1280 px');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(button).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in page with organisation sign-in at 390 px');

  // Reached by keyboard, like everything else.
  await button.focus();
  await page.keyboard.press('Enter');
  await atProvider(page, 'priya', 'Refuse');

  await expect(page).toHaveURL(/\/sign-in\?signInProblem=refused/);
  const problem = page.getByText(/Camden Council did not sign you in/);
  await expect(problem).toBeVisible();
  await expect(page.locator('.alert')).toBeFocused();
  await expectNoAxeViolations(page, 'sign-in page explaining a refusal at 390 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, 'sign-in page explaining a refusal at 1280 px');
  expect((await context.cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);
  await context.close();
});
