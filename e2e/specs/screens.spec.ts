import { expect } from '@playwright/test';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of widths) {
  test(`every screen passes axe at ${size.name} width`, async ({ browser, lead, projectId, path }) => {
    await lead.page.setViewportSize(size);
    const page = lead.page;

    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'My projects', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `my projects (${size.name})`);

    await page.goto(`/projects/${projectId}`);
    await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
    await expectNoAxeViolations(page, `project (${size.name})`);

    await page.goto(path);
    await expect(page.getByRole('textbox', { name: 'Our strategy' })).toHaveAttribute('contenteditable', 'true');
    await expectNoAxeViolations(page, `document (${size.name})`);

    await page.getByRole('textbox', { name: 'Our strategy' }).click();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, `link dialog (${size.name})`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Document actions' }).click();
    await expect(page.getByRole('menuitem', { name: 'Rename document' })).toBeVisible();
    await expectNoAxeViolations(page, `document actions menu (${size.name})`);
    await page.getByRole('menuitem', { name: 'Rename document' }).click();
    await expect(page.getByRole('dialog', { name: 'Rename document' })).toBeVisible();
    await expectNoAxeViolations(page, `rename dialog (${size.name})`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Rename document' })).toBeHidden();

    await page.goto(`/projects/${projectId}`);
    await page.getByRole('button', { name: 'Archive Our strategy' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoAxeViolations(page, `archive confirmation (${size.name})`);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Change your settings' }).click();
    await expect(page.getByRole('heading', { name: /^Your settings in/, level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `your settings in the project (${size.name})`);
    await page.getByRole('button', { name: 'Leave project' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoAxeViolations(page, `leave confirmation (${size.name})`);
    await page.keyboard.press('Escape');

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `not found (${size.name})`);

    const signedOutContext = await browser.newContext({ viewport: size });
    const signedOut = await signedOutContext.newPage();
    await signedOut.goto('/');
    await expect(signedOut.getByRole('heading', { name: 'Sign in to Roundtable' })).toBeVisible();
    await expectNoAxeViolations(signedOut, `sign in (${size.name})`);
    await signedOutContext.close();
  });
}
