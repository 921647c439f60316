import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@roundtable/shared';
import { openEditor, typeAtEnd } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { networkSwitch } from '../fixtures/networkSwitch.ts';
import type { Person } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const OFFLINE_WORDS = 'Written on the bus while it was archived.';

async function setArchived(lead: Person, projectId: string, documentId: string, archived: boolean): Promise<void> {
  const response = await lead.context.request.patch(`/api/projects/${projectId}/documents/${documentId}`, {
    headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
    data: { archived },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

function keptNotice(page: Page) {
  return page.getByRole('region', { name: 'Your last changes could not be saved' });
}

/**
 * Rosa types with no signal while the lead archives the document; when she is back
 * online, the server will not take her words.
 */
async function archivedWhileOffline(lead: Person, member: Person, path: string, projectId: string, documentId: string) {
  const network = await networkSwitch(member.context);
  const memberEditor = await openEditor(member.page, path);
  await network.goOffline();
  await typeAtEnd(member.page, memberEditor, OFFLINE_WORDS);
  // Give this device's copy a moment to be written.
  await member.page.waitForTimeout(500);
  await setArchived(lead, projectId, documentId, true);
  await network.goOnline();
  await expect(keptNotice(member.page)).toBeVisible({ timeout: 20_000 });
  return memberEditor;
}

test('words typed offline into a document archived meanwhile are kept on the device, can be saved as a copy, and are sent only when the person chooses', async ({
  lead,
  projectId,
  documentId,
  path,
  inviteMember,
}) => {
  test.setTimeout(180_000);
  const member = await inviteMember('Rosa Reyes');
  const memberEditor = await archivedWhileOffline(lead, member, path, projectId, documentId);

  const notice = keptNotice(member.page);
  await expect(notice).toContainText(
    'This document was archived, so Roundtable could not save your last changes. They are kept on this device',
  );
  await expect(memberEditor).toHaveAttribute('contenteditable', 'false');
  await expect(memberEditor).toContainText(OFFLINE_WORDS);
  // Sending them to an archived document would only be refused again.
  await expect(notice.getByRole('button', { name: 'Send my changes to the document' })).toHaveCount(0);
  await expectNoAxeViolations(member.page, 'changes kept because the document was archived');

  const [download] = await Promise.all([
    member.page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Save a copy of this document' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^Our strategy – copy from this device, \d{1,2} [A-Z][a-z]+ \d{4}\.html$/,
  );
  const copy = await readFile(await download.path(), 'utf8');
  expect(copy).toContain(OFFLINE_WORDS);
  expect(copy).toContain('<h1>Our strategy</h1>');
  await expect(notice.getByText(/Saved to your downloads as Our strategy – copy from this device/)).toBeVisible();
  await expect(member.page.getByTestId('announcer')).toContainText(
    'A copy of the document was saved to your downloads',
  );
  await expect(notice.getByRole('button', { name: 'Save a copy of this document' })).toBeFocused();
  await expectNoAxeViolations(member.page, 'a copy of the kept changes saved');

  // Restored: the words are still only on Rosa's device, even after she reloads.
  await setArchived(lead, projectId, documentId, false);
  const leadEditor = await openEditor(lead.page, path);
  await member.page.reload();
  await expect(notice).toContainText('The document has been restored since');
  await expect(memberEditor).toContainText(OFFLINE_WORDS);
  await member.page.waitForTimeout(1500);
  await expect(leadEditor).not.toContainText(OFFLINE_WORDS);

  // Rosa chooses to send them.
  await notice.getByRole('button', { name: 'Send my changes to the document' }).click();
  await expect(leadEditor).toContainText(OFFLINE_WORDS, { timeout: 20_000 });
  await expect(member.page.getByRole('textbox', { name: 'Our strategy' })).toHaveAttribute('contenteditable', 'true');
  await expect(notice).toHaveCount(0);
});

test('clearing the device’s copy without saving one first needs a plain warning, and takes the kept words away', async ({
  lead,
  projectId,
  documentId,
  path,
  inviteMember,
}) => {
  test.setTimeout(180_000);
  const member = await inviteMember('Tom Brown');
  const memberEditor = await archivedWhileOffline(lead, member, path, projectId, documentId);

  await keptNotice(member.page).getByRole('button', { name: 'Clear this device’s copy' }).click();
  const warning = member.page.getByRole('alertdialog', { name: 'Clear this device’s copy without saving it?' });
  await expect(warning).toContainText('No copy has been saved from this page.');
  await expect(warning).toContainText('Some may be other people’s, kept only on this device.');
  await expect(warning.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoAxeViolations(member.page, 'clearing the device copy without a copy');

  await member.page.keyboard.press('Escape');
  await expect(warning).toBeHidden();
  await expect(memberEditor).toContainText(OFFLINE_WORDS);

  await keptNotice(member.page).getByRole('button', { name: 'Clear this device’s copy' }).click();
  await warning.getByRole('button', { name: 'Clear without a copy' }).click();
  // The page opens again with the document as everyone else sees it: still archived, without the words.
  await expect(member.page.getByText('This document is archived.')).toBeVisible({ timeout: 20_000 });
  await expect(keptNotice(member.page)).toHaveCount(0);
  const editor = member.page.getByRole('textbox', { name: 'Our strategy' });
  await expect(editor).toContainText('Older People');
  await expect(editor).not.toContainText(OFFLINE_WORDS);
});
