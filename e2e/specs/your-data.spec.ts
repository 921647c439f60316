import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE, ERASED_ACCOUNT_NAME, type ProjectDetailResponse } from '@roundtable/shared';
import { strFromU8, unzipSync } from 'fflate';
import { checkAtBothWidths } from '../fixtures/checkAtBothWidths.ts';
import { openEditor, typeAtEnd } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { openHistory, shot } from '../fixtures/historyPanel.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const PRIYAS_WORDS = 'A bench every two hundred metres on the high street.';
const PRIYAS_COMMENT = 'Ask the bus company too.';

test('a member downloads a copy of their data, then deletes their account and their words stay, credited to a former member', async ({
  lead,
  projectId,
  path,
  inviteMember,
}) => {
  test.setTimeout(120_000);
  const priya = await inviteMember('Priya Shah');
  const { page } = priya;
  const editor = await openEditor(page, path);
  await typeAtEnd(page, editor, PRIYAS_WORDS);
  await expect(page.locator('.connection-status')).toHaveText(/All changes saved/);
  // A comment on her own last words, as anyone makes one.
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'high street'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+Alt+M');
  const comment = page.getByRole('region', { name: 'Comments' }).getByRole('textbox', { name: 'Your comment' });
  await expect(comment).toBeFocused();
  await comment.pressSequentially(PRIYAS_COMMENT);
  await comment.press('Control+Enter');
  await expect(
    page.getByRole('region', { name: 'Comments' }).getByRole('article', { name: /on “high street”/ }),
  ).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: 'Your account, signed in as Priya Shah' }).click();
  const yourData = page.getByRole('region', { name: 'Your data' });
  await expect(yourData).toBeVisible();

  // A copy of her data: made in the background, then downloaded and opened.
  await yourData.getByRole('button', { name: 'Make a copy of my data' }).click();
  const download = yourData.getByRole('link', { name: 'Download my data' });
  await expect(download).toBeVisible({ timeout: 30_000 });
  await expect(yourData.getByRole('status')).toContainText('Your copy is ready');
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const archive = unzipSync(new Uint8Array(await readFile(await file.path())));
  const names = Object.keys(archive);
  expect(names).toContain('README.txt');
  const data = JSON.parse(strFromU8(archive['your-data.json'] ?? new Uint8Array())) as unknown;
  expect(JSON.stringify(data)).toContain('Priya Shah');
  const documentText = names.filter(
    (name) => name.endsWith('.txt') && name.includes('/') && !name.endsWith('/Time given.txt'),
  );
  expect(documentText).toHaveLength(1);
  expect(names.filter((name) => name.endsWith('/Time given.txt'))).toHaveLength(1);
  const words = strFromU8(archive[documentText[0] ?? ''] ?? new Uint8Array());
  const ownWords = words.slice(words.indexOf('YOUR WORDS IN THE DOCUMENT NOW'), words.indexOf('WORDS YOU TYPED'));
  expect(ownWords).toContain(PRIYAS_WORDS);
  // Only her own words: the template's are not hers.
  expect(ownWords).not.toContain('written together by older people');
  expect(words).toContain(`on “high street”`);
  expect(words).toContain(PRIYAS_COMMENT);

  await checkAtBothWidths(page, 'your-account', async () => {
    await expect(page.getByRole('region', { name: 'Delete your account' })).toBeVisible();
  });

  // Deleting the account: asked first, with her password; a wrong one is refused and nothing goes.
  await page.getByRole('button', { name: 'Delete my account' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete your account for good?' });
  await expect(dialog.getByRole('button', { name: 'Keep my account' })).toBeFocused();
  await expectNoAxeViolations(page, 'delete account confirmation');
  await shot(page, 'delete-account-dialog-1280');
  await dialog.getByLabel('Your password').fill('not my password at all');
  await dialog.getByLabel('Your password').press('Enter');
  await expect(dialog.getByText('Your password is not right.')).toBeVisible();
  await dialog.getByLabel('Your password').fill('a long enough password');
  await dialog.getByRole('button', { name: 'Delete my account' }).click();

  await expect(page.getByRole('heading', { name: 'Sign in to Roundtable' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Your account is deleted.' })).toBeVisible();
  const signIn = await page.request.post('/api/auth/signin', {
    headers,
    data: { email: priya.email, password: 'a long enough password' },
  });
  expect(signIn.status()).toBe(401);

  // The group keeps her words, no longer under her name.
  const project = (await (
    await lead.context.request.get(`/api/projects/${projectId}`)
  ).json()) as ProjectDetailResponse;
  expect(project.members.map((member) => member.displayName)).not.toContain('Priya Shah');
  const leadEditor = await openEditor(lead.page, path);
  await expect(leadEditor).toContainText(PRIYAS_WORDS);
  const history = await openHistory(lead.page);
  await expect(history.locator('.session', { hasText: ERASED_ACCOUNT_NAME }).first()).toBeVisible();
  await expect(history.getByText('Priya Shah')).toHaveCount(0);
});
