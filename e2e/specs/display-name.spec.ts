import { expect, test } from '@playwright/test';
import { displayNameMessages } from '@roundtable/shared';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { createProject, firstLead, inviteToken } from '../fixtures/people.ts';

test('the sign-up form says plainly what is wrong with a name that cannot be seen or would disguise itself', async ({
  browser,
}) => {
  const lead = await firstLead(browser);
  const token = await inviteToken(lead, await createProject(lead, 'Carers group'));
  const newcomer = await browser.newContext();
  const page = await newcomer.newPage();
  await page.goto(`/invite/${token}`);

  const name = page.getByLabel('Your name');
  await page.getByLabel('Email address').fill(`ren.${Date.now()}@example.org`);
  await page.getByLabel('Create a password').fill('a long enough password');
  const create = page.getByRole('button', { name: 'Create account and continue' });

  // Zero-width spaces only: something is typed, but nobody would see a name.
  await name.fill('\u200B\u200B\u200B');
  await create.click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const summary = page.getByRole('link', { name: displayNameMessages.invisible });
  await expect(summary).toBeVisible();
  await expect(name).toHaveAccessibleDescription(new RegExp(displayNameMessages.invisible));
  await expectNoAxeViolations(page, 'sign-up with a name nobody can see');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page, 'sign-up with a name nobody can see, on a phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The summary takes the person to the field.
  await summary.click();
  await expect(name).toBeFocused();

  // A right-to-left override would make the name, and what follows it, read backwards.
  await name.fill('Ren \u202Enimda');
  await create.click();
  await expect(page.getByRole('link', { name: displayNameMessages.directionControls })).toBeVisible();

  await name.fill('  Ren Okafor  ');
  await create.click();
  await expect(page.getByRole('heading', { name: 'One last step' })).toBeVisible();
});
