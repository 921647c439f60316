import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { checkAtBothWidths } from '../fixtures/checkAtBothWidths.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const yourTime = (page: Page) => page.getByRole('region', { name: 'Your time' });
const groupTable = (page: Page) => page.getByRole('table', { name: 'Time given by each person' });

test('a member adds the time she gave between meetings, shares it, and removes it after being asked; leads see and download everyone’s', async ({
  lead,
  projectId,
  inviteMember,
}) => {
  const ada = await inviteMember('Ada');
  const sam = await inviteMember('Sam');
  const timePage = `/projects/${projectId}/time-given`;

  // Ada finds the page from the project, by keyboard.
  await ada.page.goto(`/projects/${projectId}`);
  await ada.page.getByRole('link', { name: 'See the time given' }).focus();
  await ada.page.keyboard.press('Enter');
  await expect(ada.page.getByRole('heading', { level: 1, name: /^Time given to/ })).toBeVisible();
  await expect(yourTime(ada.page)).toContainText('At workshops: 0 minutes');
  await expect(yourTime(ada.page)).toContainText('Nothing added yet.');

  // A mistake is explained at the top of the form and beside the field.
  const form = ada.page.getByRole('form', { name: 'Add time you gave between meetings' });
  await form.getByRole('textbox', { name: 'Hours' }).fill('1');
  await form.getByRole('button', { name: 'Add this time' }).click();
  await expect(form.getByRole('link', { name: /Say in a few words what you did/ })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'What you did' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(ada.page, 'time given with an error');

  await form.getByRole('textbox', { name: 'The day' }).fill('2026-11-20');
  await form.getByRole('textbox', { name: 'Minutes' }).fill('30');
  await form.getByRole('textbox', { name: 'What you did' }).fill('Read the draft and talked to my neighbours');
  await form.getByRole('button', { name: 'Add this time' }).click();
  await expect(yourTime(ada.page)).toContainText(
    '20 November 2026: Read the draft and talked to my neighbours — 1 hour 30 minutes',
  );
  await expect(yourTime(ada.page)).toContainText('Added by you: 1 hour 30 minutes');
  await expect(form.getByRole('textbox', { name: 'What you did' })).toHaveValue('');

  // Sam sees only himself until Ada shares her time.
  await sam.page.goto(timePage);
  await expect(groupTable(sam.page).getByRole('row')).toHaveCount(2);
  const share = yourTime(ada.page).getByRole('checkbox', { name: 'Let other members of this project see my time' });
  await share.focus();
  await ada.page.keyboard.press('Space');
  await expect(share).toBeChecked();
  await expect(yourTime(ada.page).getByRole('status')).toContainText('Other members can now see your time.');
  await sam.page.reload();
  await expect(groupTable(sam.page).getByRole('row', { name: /^Ada 0 0 minutes 1 hour 30 minutes$/ })).toBeVisible();
  await expect(sam.page.getByRole('link', { name: 'Download the table (CSV)' })).toHaveCount(0);

  // The lead sees everyone and downloads the table.
  await lead.page.goto(timePage);
  await expect(groupTable(lead.page).getByRole('row', { name: /^Sam 0 0 minutes 0 minutes$/ })).toBeVisible();
  const download = lead.page.waitForEvent('download');
  await lead.page.getByRole('link', { name: 'Download the table (CSV)' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv).toContain('"Ada","0","0.00","1.50","1.50"');
  await checkAtBothWidths(ada.page, 'time-given-own-entry', async () => {
    await expect(yourTime(ada.page)).toBeVisible();
  });

  // Removing asks first; keeping it changes nothing.
  await yourTime(ada.page)
    .getByRole('button', { name: /^Remove/ })
    .click();
  const dialog = ada.page.getByRole('alertdialog', { name: 'Remove this time?' });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoAxeViolations(ada.page, 'removing time');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(yourTime(ada.page)).toContainText('Added by you: 1 hour 30 minutes');
  await yourTime(ada.page)
    .getByRole('button', { name: /^Remove/ })
    .click();
  await dialog.getByRole('button', { name: 'Remove it' }).click();
  await expect(yourTime(ada.page)).toContainText('Nothing added yet.');
  await expect(yourTime(ada.page)).toContainText('Added by you: 0 minutes');
});
