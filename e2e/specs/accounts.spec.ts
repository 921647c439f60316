import { type Browser, expect, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE, type ProjectResponse } from '@roundtable/shared';
import { checkAtBothWidths } from '../fixtures/checkAtBothWidths.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { shot } from '../fixtures/historyPanel.ts';
import { startMailInstance } from '../fixtures/mailInstance.ts';
import { inviteToken, type Person } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const PASSWORD = 'a long enough password';
const NEW_PASSWORD = 'a brand new passphrase';

/** The same person signed in on a second device: a browser context of its own. */
async function signedInElsewhere(browser: Browser, person: Person, baseURL?: string) {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const response = await context.request.post('/api/auth/signin', {
    headers,
    data: { email: person.email, password: PASSWORD },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return { context, page: await context.newPage() };
}

async function expectSignedOut(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Roundtable' })).toBeVisible();
}

test('changing the password keeps this device signed in and signs out the other one', async ({
  browser,
  inviteMember,
}) => {
  const priya = await inviteMember('Priya Shah');
  const phone = await signedInElsewhere(browser, priya);
  await phone.page.goto('/');
  await expect(phone.page.getByRole('heading', { name: 'My projects' })).toBeVisible();

  const { page } = priya;
  await page.goto('/');
  await page.getByRole('link', { name: 'Your account, signed in as Priya Shah' }).click();
  await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
  const devices = page.getByRole('region', { name: /Where you are signed in/ });
  await expect(devices.getByText('This device')).toBeVisible();
  await expect(devices.getByText('Chrome on Windows').first()).toBeVisible();
  await expect(devices.getByRole('listitem')).toHaveCount(2);
  await checkAtBothWidths(page, 'account', () =>
    expect(page.getByRole('heading', { name: 'Change your password' })).toBeVisible(),
  );

  // A wrong current password is explained at the field.
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('link', { name: /current password is not right/ })).toBeVisible();

  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed.')).toBeVisible();
  await expect(devices.getByRole('listitem')).toHaveCount(1);

  await expectSignedOut(phone.page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'My projects' })).toBeVisible();
  await phone.context.close();
});

test('sign out everywhere asks first, then signs out this device and every other', async ({
  browser,
  inviteMember,
}) => {
  const omar = await inviteMember('Omar Haddad');
  const laptop = await signedInElsewhere(browser, omar);
  const { page } = omar;
  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Sign out on every device?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'sign out everywhere confirmation');
  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Roundtable' })).toBeVisible();
  await expectSignedOut(page);
  await expectSignedOut(laptop.page);
  await laptop.context.close();
});

test('an administrator’s reset link works once; a project lead who is not an administrator cannot make one', async ({
  browser,
  lead,
  inviteMember,
}) => {
  const rose = await inviteMember('Rose Okafor');

  // The first account is the administrator.
  await lead.page.goto('/account');
  await expect(lead.page.getByRole('heading', { name: 'You are an administrator' })).toBeVisible();
  await lead.page.getByRole('link', { name: 'Manage accounts' }).click();
  await expect(lead.page.getByRole('heading', { name: 'Manage accounts' })).toBeVisible();
  await lead.page.getByLabel('Find an account by name or email address').fill('Rose Okafor');
  await lead.page.getByRole('button', { name: 'Search' }).click();
  const row = lead.page.getByRole('listitem').filter({ hasText: rose.email });
  await expect(row).toHaveCount(1);
  await checkAtBothWidths(lead.page, 'manage-accounts', () => expect(row).toBeVisible());

  await row.getByRole('button', { name: 'Make a password reset link for Rose Okafor' }).click();
  await lead.page.getByRole('alertdialog').getByRole('button', { name: 'Make reset link' }).click();
  const linkDialog = lead.page.getByRole('dialog', { name: 'Password reset link for Rose Okafor' });
  await expect(linkDialog).toBeVisible();
  await expectNoAxeViolations(lead.page, 'reset link dialog');
  await shot(lead.page, 'reset-link-dialog-1280');
  const link = await linkDialog.getByLabel('Reset link').inputValue();
  expect(link).toMatch(/\/reset-password#[\w-]{43}$/);
  await linkDialog.getByRole('button', { name: 'Done' }).click();

  // Rose, on the phone, opens the link on a browser where nobody is signed in.
  const roseNow = await browser.newContext();
  const page = await roseNow.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByText('For Rose Okafor.')).toBeVisible();
  await checkAtBothWidths(page, 'reset-password', () => expect(page.getByLabel('New password')).toBeVisible());
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('heading', { name: 'Your new password is set' })).toBeVisible();
  await expectSignedOut(rose.page);

  // The link works once.
  await page.goto('/');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link cannot be used' })).toBeVisible();
  await expect(page.getByText(/already been used/)).toBeVisible();
  await checkAtBothWidths(page, 'reset-password-used', () => expect(page.getByText(/already been used/)).toBeVisible());

  // Rose signs in with the new password and is told, in her inbox, who made the link.
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(rose.email);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Inbox, 1 unread' }).click();
  await expect(page.getByText('Your password was reset with a link made by Lena Lead')).toBeVisible();
  await expectNoAxeViolations(page, 'inbox with a notice about the account');
  await shot(page, 'inbox-account-notice-1280');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();
  await roseNow.close();

  // Anyone can start a project and invite someone: Omar leads his own, with Bea in it.
  const omar = await inviteMember('Omar Lead');
  const created = await omar.context.request.post('/api/projects', { headers, data: { name: 'Omar’s group' } });
  const omarsProject = ((await created.json()) as ProjectResponse).project.id;
  const bea = await inviteMember('Bea Victim');
  const token = await inviteToken(omar, omarsProject);
  expect(
    (await bea.context.request.post(`/api/invites/${token}/accept`, { headers, data: { perspective: 'both' } })).ok(),
  ).toBe(true);

  // No way in the interface...
  await omar.page.goto(`/projects/${omarsProject}`);
  await expect(omar.page.getByRole('heading', { name: /People/ })).toBeVisible();
  await expect(omar.page.getByRole('button', { name: /reset/i })).toHaveCount(0);
  await omar.page.goto('/account');
  await expect(omar.page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
  await expect(omar.page.getByRole('link', { name: 'Manage accounts' })).toHaveCount(0);
  await omar.page.goto('/admin');
  await expect(omar.page.getByRole('heading', { name: 'Only administrators can manage accounts' })).toBeVisible();
  // ...and none in the API.
  const me = await bea.context.request.get('/api/me');
  const beaId = ((await me.json()) as { user: { id: string } }).user.id;
  const refused = await omar.context.request.post(`/api/admin/accounts/${beaId}/password-reset-link`, { headers });
  expect(refused.status()).toBe(403);
});

test('forgot your password? sends a link by email, answering the same whether or not the address has an account', async ({
  browser,
}) => {
  const instance = await startMailInstance();
  try {
    const context = await browser.newContext({ baseURL: instance.url });
    const first = await context.request.post('/api/auth/signup', {
      headers,
      data: { displayName: 'Maya Admin', email: 'maya@example.org', password: PASSWORD },
    });
    expect(first.ok()).toBe(true);
    await context.request.post('/api/auth/signout', { headers });
    const page = await context.newPage();

    await page.goto('/sign-in');
    await shot(page, 'sign-in-with-forgot-1280');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await checkAtBothWidths(page, 'forgot-password', () => expect(page.getByLabel('Email address')).toBeVisible());

    await page.getByLabel('Email address').fill('nobody@example.org');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    const answer = page.getByText('If an account uses that address, we have sent a link');
    await expect(answer).toBeVisible();
    const unknownAnswer = await answer.textContent();
    await expectNoAxeViolations(page, 'forgot password answered');

    await page.goto('/forgot-password');
    await page.getByLabel('Email address').fill('maya@example.org');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect(answer).toHaveText(unknownAnswer ?? '');

    await expect.poll(() => instance.emails.length).toBe(1);
    const link = instance.emails[0]?.match(/http:\/\/127\.0\.0\.1:\d+\/reset-password#[\w-]{43}/)?.[0];
    expect(link, instance.emails[0]).toBeDefined();
    await page.goto(link ?? '');
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByRole('heading', { name: 'Your new password is set' })).toBeVisible();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email address').fill('maya@example.org');
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'My projects' })).toBeVisible();
    await expect.poll(() => instance.emails.length).toBe(2);
    await context.close();
  } finally {
    await instance.stop();
  }
});
