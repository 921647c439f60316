import { expect } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@roundtable/shared';
import { openEditor } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { shot } from '../fixtures/historyPanel.ts';
import { test } from '../fixtures/projectWithMembers.ts';

test('a phone used by touch is not told about keys or pointing; a computer keeps its shortcuts behind “Keyboard shortcuts”', async ({
  browser,
  lead,
  path,
  inviteMember,
}) => {
  const ada = await inviteMember('Ada Lovelace');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const signIn = await phone.request.post('/api/auth/signin', {
    headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
    data: { email: ada.email, password: 'a long enough password' },
  });
  expect(signIn.ok()).toBe(true);
  const page = await phone.newPage();
  await openEditor(page, path);

  await page.getByRole('button', { name: /^Comments/ }).tap();
  const panel = page.getByRole('region', { name: 'Comments' });
  await expect(panel.getByText('To comment on some words, select them and choose Comment.')).toBeVisible();
  await expect(panel.getByText('Keyboard shortcuts')).toHaveCount(0);
  await expect(panel.getByText(/Ctrl\+|Page Down/)).toHaveCount(0);
  await panel.getByRole('button', { name: 'Comment on the whole document' }).tap();
  await expect(panel.getByText('Type @ and a name to mention someone.')).toBeVisible();
  await expect(panel.getByText(/Enter to send/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'comments on a touch phone');
  await shot(page, 'comments-touch-390');
  await panel.getByRole('button', { name: 'Cancel' }).tap();
  await panel.getByRole('button', { name: 'Close comments' }).tap();

  // Who wrote what: a tap, not a pointer, shows whose a passage is.
  await page.getByRole('button', { name: 'Show who wrote what' }).tap();
  await expect(page.getByText('Tap a passage to see its author.')).toBeVisible();
  await expect(page.getByText(/Point at/)).toHaveCount(0);
  const passage = page.locator('.passage').first();
  await passage.tap();
  await expect
    .poll(() => passage.evaluate((element) => getComputedStyle(element, '::after').content))
    .toContain('Template');
  await shot(page, 'who-wrote-what-touch-390');
  await phone.close();

  // On a computer the shortcuts are one click away.
  const editorPage = lead.page;
  await openEditor(editorPage, path);
  await editorPage.getByRole('button', { name: /^Comments/ }).click();
  const desktopPanel = editorPage.getByRole('region', { name: 'Comments' });
  await desktopPanel.getByText('Keyboard shortcuts').click();
  await expect(desktopPanel.getByText(/Ctrl\+Alt\+M comments on the selected words/)).toBeVisible();
  await expectNoAxeViolations(editorPage, 'comments with keyboard shortcuts open');
});
