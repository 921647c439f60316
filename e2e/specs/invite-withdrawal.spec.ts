import { expect } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@roundtable/shared';
import { checkAtBothWidths } from '../fixtures/checkAtBothWidths.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { inviteToken } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };

test('a lead sees the links nobody has used and withdraws one, which then says so; someone reopening their own used link goes to the project', async ({
  browser,
  lead,
  projectId,
}) => {
  await lead.page.goto(`/projects/${projectId}`);
  const panel = lead.page.getByRole('region', { name: 'Invite people' });
  const unused = panel.getByRole('region', { name: 'Links nobody has used yet' });
  await expect(unused).toContainText('None.');
  await panel.getByRole('button', { name: 'Create invite link' }).click();
  const link = await panel.getByRole('textbox', { name: 'Invite link for a member' }).inputValue();
  await expect(unused.getByRole('listitem')).toHaveCount(1);
  await expect(unused.getByRole('listitem')).toContainText(`Member link, made by ${lead.name}`);
  await checkAtBothWidths(lead.page, 'open-invites', async () => {
    await expect(unused).toBeVisible();
  });

  // Withdrawing asks first, by keyboard.
  await unused.getByRole('button', { name: /^Withdraw/ }).focus();
  await lead.page.keyboard.press('Enter');
  const dialog = lead.page.getByRole('alertdialog', { name: 'Withdraw this invite link?' });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoAxeViolations(lead.page, 'withdrawing an invite link');
  await dialog.getByRole('button', { name: 'Withdraw it' }).click();
  await expect(dialog).toBeHidden();
  await expect(unused).toContainText('None.');

  const newcomer = await browser.newContext();
  const page = await newcomer.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This invite link does not work', level: 1 })).toBeVisible();
  await expect(page.getByText('A project lead withdrew this invite link. Ask them for a new one.')).toBeVisible();
  await newcomer.close();

  // Sam joined with his link; opening it again takes him to the project, not to "already used".
  const token = await inviteToken(lead, projectId);
  const sam = await browser.newContext();
  const signUp = await sam.request.post('/api/auth/signup', {
    headers,
    data: {
      displayName: 'Sam',
      email: `sam.${Date.now()}@example.org`,
      password: 'a long enough password',
      inviteToken: token,
    },
  });
  expect(signUp.ok(), await signUp.text()).toBe(true);
  expect(
    (await sam.request.post(`/api/invites/${token}/accept`, { headers, data: { perspective: 'both' } })).ok(),
  ).toBe(true);
  const samPage = await sam.newPage();
  await samPage.goto(`/invite/${token}`);
  await expect(samPage).toHaveURL(new RegExp(`/projects/${projectId}$`));
  await expect(samPage.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await sam.close();
});
