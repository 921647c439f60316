import { expect } from '@playwright/test';
import { openEditor } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { createDocument, documentPath } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';

test('a removed member loses the open document at once and is told why', async ({
  lead,
  projectId,
  path,
  inviteMember,
}) => {
  const member = await inviteMember('Tom Brown');
  await openEditor(member.page, path);

  await lead.page.goto(`/projects/${projectId}`);
  await lead.page.getByRole('button', { name: 'Remove Tom Brown' }).click();
  const confirm = lead.page.getByRole('alertdialog', { name: 'Remove Tom Brown from this project?' });
  await expectNoAxeViolations(lead.page, 'remove member confirmation');
  await confirm.getByRole('button', { name: 'Remove from project' }).click();
  await expect(confirm).toBeHidden();
  await expect(lead.page.getByRole('button', { name: 'Remove Tom Brown' })).toHaveCount(0);

  await expect(member.page.getByText('You are no longer a member of this project.')).toBeVisible();
  await expect(member.page.getByRole('textbox', { name: 'Our strategy' })).toHaveCount(0);
  await expectNoAxeViolations(member.page, 'removed from the project');

  await member.page.goto(`/projects/${projectId}`);
  await expect(member.page.getByText(/could not be found/)).toBeVisible();
});

test('archiving makes the document read-only for everyone, including people who have it open', async ({
  lead,
  projectId,
  inviteMember,
}) => {
  const documentId = await createDocument(lead, projectId, 'blank', 'Old draft');
  const member = await inviteMember('Ann Lee');
  const path = documentPath(projectId, documentId);
  const memberEditor = await openEditor(member.page, path, 'Old draft');

  await lead.page.goto(path);
  await lead.page.getByRole('button', { name: 'Document actions' }).click();
  await lead.page.getByRole('menuitem', { name: 'Archive document' }).click();
  await lead.page
    .getByRole('alertdialog')
    .getByRole('button', { name: /Archive/ })
    .click();
  await expect(lead.page.getByText('This document is archived.')).toBeVisible();
  await expect(lead.page.getByRole('textbox', { name: 'Old draft' })).toHaveAttribute('contenteditable', 'false');
  await expectNoAxeViolations(lead.page, 'archived document');

  // Ann had it open: she is reconnected and can no longer change it.
  await expect(memberEditor).toHaveAttribute('contenteditable', 'false');
  await expect(member.page.getByText(/archived|can read this document/).first()).toBeVisible();
});
