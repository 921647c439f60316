import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@roundtable/shared';
import mammoth from 'mammoth';
import { connectionStatus, openEditor, typeAtEnd } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { openHistory, shot } from '../fixtures/historyPanel.ts';
import { chooseRadio } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';

// Three people write, then four formats are exported and opened: longer than one screen's test.
test.describe.configure({ timeout: 180_000 });

const EXPORT_REQUEST = /\/export\?/;

const saved = async (page: Page) => expect(connectionStatus(page)).toHaveText(/All changes saved/);

async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Document actions' }).click();
  await page.getByRole('menuitem', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export “Our strategy”' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Presses Export and returns the path of the file the browser saved, checking its name. */
async function exportFile(page: Page, dialog: Locator, filename: string, button = 'Export'): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(filename);
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Exported “${filename}”.`)).toBeVisible();
  return download.path();
}

test('a lead exports from the menu and gets files that open, crediting each person as they chose', async ({
  lead: lena,
  projectId,
  documentId,
  path,
  inviteMember,
}) => {
  const ada = await inviteMember('Ada Lovelace', 'lived-experience');
  const sam = await inviteMember('Sam Okafor', 'professional');
  const versions = await lena.context.request.post(`/api/projects/${projectId}/documents/${documentId}/versions`, {
    headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
    data: { name: 'Draft 1' },
  });
  expect(versions.ok()).toBe(true);

  // Sam prefers not to be named in exports.
  await sam.page.goto(`/projects/${projectId}`);
  await sam.page.getByRole('link', { name: 'Change your settings' }).click();
  const credit = sam.page.getByRole('region', { name: 'How exports credit you' });
  await expect(credit.getByText('Exports list you as “Sam Okafor”.')).toBeVisible();
  await chooseRadio(sam.page, 'Credit me as “a member of the group”');
  await credit.getByRole('button', { name: 'Save how you are credited' }).click();
  await expect(credit.getByText('Saved. Exports will thank you as “a member of the group”')).toBeVisible();
  await expectNoAxeViolations(sam.page, 'how exports credit you');
  await credit.scrollIntoViewIfNeeded();
  await shot(sam.page, 'credit-1280');
  await sam.page.setViewportSize({ width: 390, height: 844 });
  await credit.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(sam.page, 'how exports credit you (phone)');
  await shot(sam.page, 'credit-390');
  await sam.page.setViewportSize({ width: 1280, height: 720 });

  // Everyone writes. Sam is not a lead: no export for him, not even a menu that would refuse.
  const samEditor = await openEditor(sam.page, path);
  await typeAtEnd(sam.page, samEditor, 'Words from Sam, who is not named.');
  await saved(sam.page);
  await expect(sam.page.getByRole('button', { name: 'Document actions' })).toHaveCount(0);
  await expect(sam.page.getByRole('button', { name: /Export/ })).toHaveCount(0);
  // Sam comments on the whole document.
  await sam.page.getByRole('button', { name: /^Comments/ }).click();
  const samComments = sam.page.getByRole('region', { name: 'Comments' });
  await samComments.getByRole('button', { name: 'Comment on the whole document' }).click();
  await samComments.getByRole('textbox', { name: 'Your comment' }).fill('Sam asks for large print copies.');
  await samComments.getByRole('button', { name: 'Send comment' }).click();
  await expect(samComments.getByRole('article', { name: /on the whole document/ })).toBeVisible();
  const adaEditor = await openEditor(ada.page, path);
  await typeAtEnd(ada.page, adaEditor, 'Buses that wait for people, said Ada.');
  await saved(ada.page);
  const lenaEditor = await openEditor(lena.page, path);
  await typeAtEnd(lena.page, lenaEditor, 'More benches in parks, said Lena.');
  await saved(lena.page);
  await expect(lenaEditor).toContainText('Words from Sam, who is not named.');

  // A web page with a summary of changes: it opens, passes axe, and names only those who chose to be named.
  let dialog = await openExportDialog(lena.page);
  await expectNoAxeViolations(lena.page, 'export dialog');
  await shot(lena.page, 'export-dialog-1280');
  await chooseRadio(lena.page, 'Web page (.html)');
  await dialog.locator('label', { has: lena.page.getByRole('checkbox', { name: /summary of changes/ }) }).click();
  await expect(dialog.getByRole('button', { name: /Changes since/ })).toContainText('Draft 1');
  await dialog.locator('label', { has: lena.page.getByRole('checkbox', { name: 'The comment threads' }) }).click();
  await expectNoAxeViolations(lena.page, 'export dialog with a summary of changes');
  const html = readFileSync(await exportFile(lena.page, dialog, 'Our strategy – Current text.html'), 'utf8');
  await expect(lena.page.getByTestId('announcer')).toContainText('Exporting “Our strategy”');
  const viewer = await lena.context.newPage();
  await viewer.setContent(html);
  await expect(viewer.getByRole('heading', { level: 1 })).toHaveText('Our strategy');
  await expect(viewer.getByRole('heading', { name: 'Acknowledgements' })).toBeVisible();
  await expect(viewer.getByRole('heading', { name: 'Summary of changes since “Draft 1”' })).toBeVisible();
  await expect(viewer.getByRole('heading', { name: 'Comment threads' })).toBeVisible();
  await expect(viewer.getByRole('heading', { name: 'Thread 1 on the whole document' })).toBeVisible();
  await expect(viewer.getByRole('listitem').filter({ hasText: 'Sam asks for large print copies.' })).toContainText(
    'A member of the group',
  );
  const page = viewer.locator('body');
  await expect(page).toContainText('Lena Lead');
  await expect(page).toContainText('Ada Lovelace');
  await expect(page).toContainText(/a member of the group/i);
  await expect(page).toContainText('Words from Sam, who is not named.');
  await expect(page).not.toContainText('Sam Okafor');
  await expectNoAxeViolations(viewer, 'exported web page');
  await viewer.close();

  // Word: a zip that mammoth reads, the title in Word's Title style and the sections as Word headings.
  dialog = await openExportDialog(lena.page);
  const docxPath = await exportFile(lena.page, dialog, 'Our strategy – Current text.docx');
  expect(readFileSync(docxPath).subarray(0, 2).toString('latin1')).toBe('PK');
  const docx = (
    await mammoth.convertToHtml({ path: docxPath }, { styleMap: ["p[style-name='Title'] => p.title:fresh"] })
  ).value;
  expect(docx).toContain('<p class="title">Our strategy</p>');
  expect(docx).toContain('<h1>Acknowledgements</h1>');
  expect(docx).toContain('<h2>Why this strategy matters</h2>');
  expect(docx).toContain('Buses that wait for people, said Ada.');
  expect(docx).not.toContain('Sam Okafor');

  // PDF: text a reader can get at.
  dialog = await openExportDialog(lena.page);
  await chooseRadio(lena.page, 'PDF');
  const pdf = execFileSync(
    '/usr/bin/pdftotext',
    [await exportFile(lena.page, dialog, 'Our strategy – Current text.pdf'), '-'],
    {
      encoding: 'utf8',
    },
  );
  expect(pdf).toContain('Our strategy');
  expect(pdf).toContain('Lena Lead');

  // A slow export shows progress and can be stopped; a refused one says why and can be tried again.
  dialog = await openExportDialog(lena.page);
  await chooseRadio(lena.page, 'Markdown (.md)');
  // Held until stopped, as a very long document would be.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await lena.page.route(EXPORT_REQUEST, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Preparing the file…' })).toBeVisible();
  await expectNoAxeViolations(lena.page, 'export in progress');
  await shot(lena.page, 'export-progress-1280');
  await dialog.getByRole('button', { name: 'Stop export' }).click();
  release();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  await expect(lena.page.getByTestId('announcer')).toContainText('Export stopped.');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  await lena.page.unroute(EXPORT_REQUEST);
  await lena.page.route(EXPORT_REQUEST, (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'internal', message: 'Exports are paused for a moment. Try again soon.' },
      }),
    }),
  );
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const problem = dialog.getByText('Exports are paused for a moment. Try again soon.');
  await expect(problem).toBeVisible();
  await expect(dialog.locator('.error-summary')).toBeFocused();
  await expectNoAxeViolations(lena.page, 'export error');
  await shot(lena.page, 'export-error-1280');
  await lena.page.unroute(EXPORT_REQUEST);
  const markdown = readFileSync(
    await exportFile(lena.page, dialog, 'Our strategy – Current text.md', 'Try again'),
    'utf8',
  );
  expect(markdown).toMatch(/^# Our strategy$/m);
  expect(markdown).toContain('More benches in parks, said Lena.');

  // A saved version, from its own view.
  const panel = await openHistory(lena.page);
  await panel.getByRole('tab', { name: 'Versions' }).click();
  await panel.getByRole('button', { name: 'Open Draft 1' }).click();
  await lena.page.getByRole('button', { name: 'Export this version' }).click();
  dialog = lena.page.getByRole('dialog', { name: 'Export “Our strategy”' });
  await expect(dialog.getByRole('button', { name: /Which text/ })).toContainText('Draft 1');
  await chooseRadio(lena.page, 'Markdown (.md)');
  const draft = readFileSync(await exportFile(lena.page, dialog, 'Our strategy – Draft 1.md'), 'utf8');
  expect(draft).toMatch(/Version:\**\s*Draft 1/);
  expect(draft).not.toContain('More benches in parks');

  // On a phone.
  await lena.page.getByRole('button', { name: 'Back to editing' }).click();
  await lena.page.setViewportSize({ width: 390, height: 844 });
  dialog = await openExportDialog(lena.page);
  await expectNoAxeViolations(lena.page, 'export dialog (phone)');
  await shot(lena.page, 'export-dialog-390');
  await dialog.locator('label', { has: lena.page.getByRole('checkbox', { name: /summary of changes/ }) }).click();
  await dialog.getByRole('button', { name: /Changes since/ }).scrollIntoViewIfNeeded();
  await expectNoAxeViolations(lena.page, 'export dialog with a summary of changes (phone)');
  await shot(lena.page, 'export-dialog-changes-390');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(lena.page.getByRole('button', { name: 'Document actions' })).toBeFocused();
});
