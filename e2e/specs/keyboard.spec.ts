import { expect, type Locator, type Page, test } from '@playwright/test';
import { FIRST_LEAD } from '../fixtures/people.ts';

/** Presses Tab until the control has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, control: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(control).toBeFocused();
}

test('the main flow works with the keyboard alone: sign in, create a project and a document, write', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Roundtable' })).toBeVisible();
  await tabTo(page, page.getByLabel('Email address'));
  await page.keyboard.type(FIRST_LEAD.email);
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.type(FIRST_LEAD.password);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'My projects', level: 1 })).toBeVisible();
  const projectName = `Keyboard project ${Date.now()}`;
  await tabTo(page, page.getByLabel('Project name'));
  await page.keyboard.type(projectName);
  await tabTo(page, page.getByLabel('What is it for?'));
  await page.keyboard.type('Checking every step works without a mouse');
  await tabTo(page, page.getByRole('radio', { name: /^Lived experience/ }).first());
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Create project' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
  await tabTo(page, page.getByLabel('Title', { exact: true }));
  await page.keyboard.type('Keyboard strategy');
  await tabTo(page, page.getByRole('radio', { name: /Blank document/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Older People's Strategy/ })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Create document' }));
  await page.keyboard.press('Enter');

  const editor = page.getByRole('textbox', { name: 'Keyboard strategy' });
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await tabTo(page, editor);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Typed without a mouse');
  await expect(editor.locator('strong', { hasText: 'Typed without a mouse' })).toBeVisible();

  // The formatting toolbar is one Tab stop before the text; arrow keys move along it.
  await page.keyboard.press('Shift+Tab');
  const toolbar = page.getByRole('toolbar');
  const focusedButton = toolbar.locator('button:focus');
  await expect(focusedButton).toHaveCount(1);
  const first = await focusedButton.getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  await expect(focusedButton).toHaveCount(1);
  expect(await focusedButton.getAttribute('aria-label')).not.toBe(first);
});
