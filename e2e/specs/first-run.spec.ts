import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { EMPTY_INSTANCE_URL } from '../fixtures/instances.ts';
import { chooseRadio } from '../fixtures/people.ts';

test.use({ baseURL: EMPTY_INSTANCE_URL });

test('a newcomer creates the first account, a project and a strategy from a template', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Create the first account' })).toBeVisible();
  await expectNoAxeViolations(page, 'first run');

  // A mistake gets a clear message, and nothing typed is lost.
  await page.getByLabel('Your name').fill('Priya Patel');
  await page.getByLabel('Email address').fill('not an email');
  await page.getByLabel('Create a password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue('Priya Patel');
  await expectNoAxeViolations(page, 'first run with errors');

  await page.getByLabel('Email address').fill('priya@example.org');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'My projects', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'my projects, empty');

  await page.getByLabel('Project name').fill('Joint Older People’s Strategy 2026');
  await page.getByLabel('What is it for?').fill('Writing the next strategy with older people and carers');
  // Exports credit people under their perspective, so the first lead is asked too, never assumed.
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('link', { name: 'Choose how you describe your perspective.' })).toBeVisible();
  await chooseRadio(page, 'Lived experience and professional');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { name: 'Joint Older People’s Strategy 2026', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'project page');

  await page.getByLabel('Title', { exact: true }).fill('Draft strategy');
  await chooseRadio(page, "Older People's Strategy");
  await page.getByRole('button', { name: 'Create document' }).click();

  const editor = page.getByRole('textbox', { name: 'Draft strategy' });
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await expect(
    editor.getByRole('heading', { name: 'Priority 1: Being physically and emotionally healthy' }),
  ).toBeVisible();
  await expect(editor.getByRole('heading', { name: 'Priority 4: Access to information and care' })).toBeVisible();
  await expectNoAxeViolations(page, 'document page');

  // The template was made by the server once; reloading never adds it again.
  await page.reload();
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await expect(editor.getByRole('heading', { name: /^Priority 1:/ })).toHaveCount(1);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Roundtable' })).toBeVisible();
  await expectNoAxeViolations(page, 'sign in');
});
