import { expect } from '@playwright/test';
import { openEditor, typeAtEnd } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { test } from '../fixtures/projectWithMembers.ts';

test('two people in separate browsers edit one document and see each other’s text, caret and presence', async ({
  lead,
  path,
  inviteMember,
}) => {
  const member = await inviteMember('Sam Okafor', 'lived-experience');

  const leadEditor = await openEditor(lead.page, path);
  const memberEditor = await openEditor(member.page, path);

  const leadPeople = lead.page.getByRole('complementary', { name: 'People in this document' });
  await expect(leadPeople.getByText('Sam Okafor')).toBeVisible();
  await expect(leadPeople.getByText('Lived experience')).toBeVisible();
  await expect(lead.page.getByTestId('announcer')).toContainText('Sam Okafor');

  await typeAtEnd(lead.page, leadEditor, 'More benches in parks, said Lena.');
  await expect(memberEditor).toContainText('More benches in parks, said Lena.');

  await typeAtEnd(member.page, memberEditor, 'Buses that wait for people, said Sam.');
  await expect(leadEditor).toContainText('Buses that wait for people, said Sam.');

  // Sam's caret is shown to Lena with his name.
  await expect(lead.page.locator('.collaboration-carets__label', { hasText: 'Sam Okafor' })).toBeVisible();
  await expect(member.page.locator('.collaboration-carets__label', { hasText: 'Lena Lead' })).toBeVisible();
  // And what Sam is doing.
  await expect(leadPeople).toContainText(/Editing/);

  await expectNoAxeViolations(lead.page, 'document page with two people');
  await expectNoAxeViolations(member.page, 'document page as a member');
});
