import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { chooseRadio, createDocument, createProject, firstLead, inviteToken } from '../fixtures/people.ts';

test('a lead invites someone with a link; they create an account, choose their perspective and join', async ({
  browser,
}) => {
  const lead = await firstLead(browser);
  const projectId = await createProject(lead, 'SEND strategy group');
  await lead.page.goto(`/projects/${projectId}`);
  const invitePanel = lead.page.getByRole('region', { name: 'Invite people' });
  await chooseRadio(lead.page, 'Facilitator');
  await invitePanel.getByRole('button', { name: 'Create invite link' }).click();
  const link = await lead.page.getByRole('textbox', { name: 'Invite link for a facilitator' }).inputValue();
  expect(link).toMatch(/\/invite\/[\w-]+$/);
  await expectNoAxeViolations(lead.page, 'project page with an invite link');

  // A parent carer opens the link on their own device.
  const newcomer = await browser.newContext();
  const page = await newcomer.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Lena Lead invited you to join SEND strategy group/);
  await expectNoAxeViolations(page, 'invite page');
  await page.getByLabel('Your name').fill('Mo Carer');
  await page.getByLabel('Email address').fill(`mo.${Date.now()}@example.org`);
  await page.getByLabel('Create a password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account and continue' }).click();

  await expect(page.getByRole('heading', { name: 'One last step' })).toBeVisible();
  await expectNoAxeViolations(page, 'choosing a perspective');
  await chooseRadio(page, 'Lived experience and professional');
  await page.getByRole('button', { name: /^Join SEND strategy group/ }).click();

  await expect(page.getByRole('heading', { name: /^SEND strategy group/, level: 1 })).toBeVisible();
  const people = page.getByRole('region', { name: /^People/ });
  await expect(people.getByText('Mo Carer')).toBeVisible();
  await expect(people.getByText('Lived experience and professional').first()).toBeVisible();
  // Not a lead: no management controls.
  await expect(page.getByRole('heading', { name: 'Invite people' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'project page as a facilitator');

  // The lead sees them arrive with the role the link gave them.
  await lead.page.reload();
  await expect(lead.page.getByRole('button', { name: 'Role for Mo Carer' })).toContainText('Facilitator');
});

test('someone who already has an account signs in from the invite link and joins', async ({ browser }) => {
  const lead = await firstLead(browser);
  const firstProject = await createProject(lead, 'Carers group');
  const existingContext = await browser.newContext();
  const email = `sam.${Date.now()}@example.org`;
  const token = await inviteToken(lead, firstProject);
  const signUp = await existingContext.request.post('/api/auth/signup', {
    headers: { 'x-roundtable-request': '1' },
    data: { displayName: 'Sam Okafor', email, password: 'a long enough password', inviteToken: token },
  });
  expect(signUp.ok()).toBe(true);
  await existingContext.request.post('/api/auth/signout', { headers: { 'x-roundtable-request': '1' } });

  const secondProject = await createProject(lead, 'Housing group');
  const page = await existingContext.newPage();
  await page.goto(`/invite/${await inviteToken(lead, secondProject)}`);
  await page.getByRole('button', { name: 'I already have an account' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a long enough password');
  await page.getByRole('button', { name: /Sign in/ }).click();
  await expect(page.getByRole('heading', { name: 'One last step' })).toBeVisible();
  await chooseRadio(page, 'Rather not say');
  await page.getByRole('button', { name: /^Join Housing group/ }).click();
  await expect(page.getByRole('heading', { name: /^Housing group/, level: 1 })).toBeVisible();
});

test('an invite link that is not valid says so clearly', async ({ page }) => {
  await page.goto('/invite/this-is-not-a-real-invite');
  await expect(page.getByRole('heading', { name: 'This invite link does not work' })).toBeVisible();
  await expectNoAxeViolations(page, 'invalid invite');
});

test('someone joining a project with one document being written goes straight to it', async ({ browser }) => {
  const lead = await firstLead(browser);
  const projectId = await createProject(lead, 'Older People’s Strategy group');
  const documentId = await createDocument(lead, projectId);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/invite/${await inviteToken(lead, projectId)}`);
  await expect(page.getByText('Members write and comment on every document, like everyone else.')).toBeVisible();
  await page.getByLabel('Your name').fill('Ann Lee');
  await page.getByLabel('Email address').fill(`ann.${Date.now()}@example.org`);
  await page.getByLabel('Create a password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account and continue' }).click();
  await chooseRadio(page, 'Rather not say');
  await page.getByRole('button', { name: /^Join Older People’s Strategy group/ }).click();

  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/documents/${documentId}$`));
  await expect(page.getByRole('textbox', { name: 'Our strategy' })).toHaveAttribute('contenteditable', 'true');
  await context.close();
});
