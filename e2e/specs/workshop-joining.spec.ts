import { type Browser, expect, type Locator, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE, joinMessages, type WorkshopResponse } from '@roundtable/shared';
import { checkAtBothWidths } from '../fixtures/checkAtBothWidths.ts';
import { chooseRadio, documentPath, inviteToken, type Person } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const PASSWORD = 'a long enough password';

/** Fay, a facilitator of the lead's project, signed in on her own device. */
async function facilitator(browser: Browser, lead: Person, projectId: string): Promise<Person> {
  const token = await inviteToken(lead, projectId, 'facilitator');
  const context = await browser.newContext();
  const email = `fay.${Date.now()}@example.org`;
  const signUp = await context.request.post('/api/auth/signup', {
    headers,
    data: { displayName: 'Fay Facilitator', email, password: PASSWORD, inviteToken: token },
  });
  expect(signUp.ok(), await signUp.text()).toBe(true);
  const join = await context.request.post(`/api/invites/${token}/accept`, {
    headers,
    data: { perspective: 'professional' },
  });
  expect(join.ok()).toBe(true);
  return { name: 'Fay Facilitator', email, context, page: await context.newPage() };
}

/** A picture of one part of a long page, wide and then phone-sized, to look at. */
async function shootPart(page: Page, part: Locator, name: string): Promise<void> {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await part.screenshot({ path: `/tmp/shots/${name}-part-${viewport.width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Someone new opens the link on their own device, gives a name and perspective, and asks to join. */
async function askToJoin(page: Page, url: string, name: string, perspective: RegExp): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Join Strategy day', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await chooseRadio(page, perspective);
  await page.getByRole('button', { name: 'Ask to join' }).click();
}

test('a facilitator makes the workshop link; two new people ask through it, wait, and are let in one by one', async ({
  browser,
  lead,
  projectId,
  documentId,
}) => {
  test.setTimeout(180_000);
  const fay = await facilitator(browser, lead, projectId);
  const planned = await fay.context.request.post(`/api/projects/${projectId}/workshops`, {
    headers,
    data: {
      documentId,
      title: 'Strategy day',
      startsAt: new Date(Date.now() + 10 * 60 * 1000).toISOString(),
      agenda: [
        { title: 'Welcome', durationMinutes: 30 },
        { title: 'Our priorities', durationMinutes: 60 },
      ],
    },
  });
  expect(planned.ok(), await planned.text()).toBe(true);
  const { workshop } = (await planned.json()) as WorkshopResponse;

  // Fay makes the link from the workshop's plan page.
  const plan = fay.page;
  await plan.setViewportSize({ width: 1280, height: 900 });
  await plan.goto(`/projects/${projectId}/workshops/${workshop.id}`);
  const joining = plan.getByRole('region', { name: 'Joining this workshop' });
  await expect(joining.getByRole('textbox', { name: 'How many people can use the link' })).toHaveValue('40');
  await joining.getByRole('button', { name: 'Make a workshop link' }).click();
  const linkField = joining.getByRole('textbox', { name: 'Workshop link' });
  await expect(linkField).toHaveValue(/\/join\/[A-Za-z0-9_-]{43}$/);
  const url = await linkField.inputValue();
  await expect(joining.getByRole('img', { name: 'QR code of the workshop link' })).toBeVisible();
  await expect(joining.getByText(url, { exact: true })).toBeVisible();
  await expect(joining.getByText(/the workshop’s planned end\. Then it stops working by itself\./)).toBeVisible();
  await expect(joining.getByText('0 of 40 places, 40 left.')).toBeVisible();
  await checkAtBothWidths(plan, 'workshop-joining-link', async () => {
    await expect(joining.getByRole('img', { name: 'QR code of the workshop link' })).toBeVisible();
  });
  await shootPart(plan, joining, 'workshop-joining-link');

  // Priya, on a computer, first tries a name that looks like the lead's.
  const priyaContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const priya = await priyaContext.newPage();
  await priya.goto(url);
  await checkAtBothWidths(priya, 'workshop-joining-form', async () => {
    await expect(priya.getByRole('heading', { name: 'Join Strategy day', level: 1 })).toBeVisible();
  });
  await askToJoin(priya, url, 'LENA LEАD', /^Lived experience$/);
  await expect(priya.getByRole('link', { name: joinMessages.nameTooLike })).toBeVisible();
  await expect(priya.getByRole('textbox', { name: 'Your name' })).toHaveAttribute('aria-invalid', 'true');
  await priya.getByRole('textbox', { name: 'Your name' }).fill('Priya');
  await priya.getByRole('button', { name: 'Ask to join' }).click();
  await expect(priya.getByRole('heading', { name: 'Waiting to be let in', level: 1 })).toBeVisible();
  await expect(priya.getByText('You asked to join Strategy day')).toBeVisible();
  await checkAtBothWidths(priya, 'workshop-joining-waiting', async () => {
    await expect(priya.getByRole('button', { name: 'Stop waiting' })).toBeVisible();
  });

  // Tom, on a phone.
  const tomContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const tom = await tomContext.newPage();
  await askToJoin(tom, url, 'Tom', /^Professional$/);
  await expect(tom.getByRole('heading', { name: 'Waiting to be let in', level: 1 })).toBeVisible();

  // Fay sees both waiting, in the order they asked, without reloading.
  const waiting = joining.getByRole('region', { name: /Waiting to be let in/ });
  await expect(waiting.getByRole('listitem')).toHaveText([/Priya/, /Tom/], { timeout: 15_000 });
  await expect(joining.getByText('2 of 40 places, 38 left.')).toBeVisible();
  await checkAtBothWidths(plan, 'workshop-joining-admit', async () => {
    await expect(waiting.getByRole('button', { name: 'Let in Priya' })).toBeVisible();
  });
  await shootPart(plan, joining, 'workshop-joining-admit');

  // Let in one by one: each lands on the orientation, then the document.
  await waiting.getByRole('button', { name: 'Let in Priya' }).click();
  await expect(joining.getByRole('status').getByText('Priya is in.')).toBeVisible();
  await expect(priya.getByRole('heading', { name: 'Welcome to Strategy day', level: 1 })).toBeVisible({
    timeout: 15_000,
  });
  await expect(priya.getByText('Everyone has an equal say')).toBeVisible();
  await expect(priya.getByText(/On this device you stay signed in until/)).toBeVisible();
  await checkAtBothWidths(priya, 'workshop-joining-welcome', async () => {
    await expect(priya.getByRole('heading', { name: 'How to comment' })).toBeVisible();
  });
  await expect(tom.getByRole('heading', { name: 'Waiting to be let in', level: 1 })).toBeVisible();

  await waiting.getByRole('button', { name: 'Let in Tom' }).click();
  await expect(tom.getByRole('heading', { name: 'Welcome to Strategy day', level: 1 })).toBeVisible({
    timeout: 15_000,
  });
  await tom.getByRole('link', { name: 'Open Our strategy' }).click();
  await expect(tom).toHaveURL(new RegExp(`${documentPath(projectId, documentId)}$`));
  await priya.getByRole('link', { name: 'Open Our strategy' }).click();
  await expect(priya).toHaveURL(new RegExp(`${documentPath(projectId, documentId)}$`));
  await expect(priya.getByRole('heading', { name: 'Our strategy', level: 1 })).toBeVisible();

  const joined = joining.getByRole('region', { name: /Joined through the link/ });
  await expect(joined.getByRole('listitem')).toHaveText([/Priya/, /Tom/]);

  // Fay stops the link, after being asked; it then lets nobody else in.
  await joining.getByRole('button', { name: 'Stop the link' }).click();
  const dialog = plan.getByRole('alertdialog', { name: 'Stop the workshop link?' });
  await dialog.getByRole('button', { name: 'Stop the link' }).click();
  await expect(dialog).toBeHidden();
  await expect(joining.getByRole('button', { name: 'Make a workshop link' })).toBeVisible();
  const lateContext = await browser.newContext();
  const late = await lateContext.newPage();
  await late.goto(url);
  await expect(late.getByRole('heading', { name: 'This workshop link does not work', level: 1 })).toBeVisible();
  await expect(late.getByText('The facilitator has stopped this workshop link.')).toBeVisible();

  for (const context of [priyaContext, tomContext, lateContext, fay.context]) await context.close();
});
