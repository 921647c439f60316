import { expect, type Locator, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE, type WorkshopResponse } from '@roundtable/shared';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { test } from '../fixtures/projectWithMembers.ts';
import { invitedFacilitator } from '../fixtures/workshopRoom.ts';

const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const CONSENT = 'I agree to Roundtable keeping this and showing it to leads and facilitators';
const SHOW_NAME = 'Let leads and facilitators see my name with these';
const shots = '/tmp/access-shots';

/** Axe with zero violations, and pictures of the region and its page to look at, wide and then phone-sized. */
async function checkBothWidths(page: Page, region: Locator, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 1280 ? 900 : 844 });
    await expect(region).toBeVisible();
    await expectNoAxeViolations(page, `${name} at ${width} px`);
    await region.screenshot({ path: `${shots}/${name}-${width}.png` });
    await page.screenshot({ path: `${shots}/${name}-page-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Ticks a box by keyboard: the native box is hidden behind the drawn one. */
async function tick(region: Locator, name: string): Promise<void> {
  const box = region.getByRole('checkbox', { name });
  await box.focus();
  await box.press('Space');
  await expect(box).toBeChecked();
}

const yourSection = (page: Page) => page.getByRole('region', { name: 'What helps you take part' });
const planPanel = (page: Page) => page.getByRole('region', { name: 'What helps people take part' });

test('members say what helps them with consent; a facilitator sees counts and only agreed names; a deletion drops the count', async ({
  browser,
  lead,
  projectId,
  documentId,
  inviteMember,
}) => {
  test.setTimeout(120_000);
  const fay = await invitedFacilitator(browser, lead, projectId, 'Fay Facilitator');
  try {
    const [ada, sam] = [await inviteMember('Ada Named'), await inviteMember('Sam Private')];
    if (!ada || !sam) throw new Error('two members');
    const planned = await lead.context.request.post(`/api/projects/${projectId}/workshops`, {
      headers,
      data: {
        documentId,
        title: 'Strategy day',
        startsAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
        place: 'Town hall',
      },
    });
    expect(planned.ok()).toBe(true);
    const workshopId = ((await planned.json()) as WorkshopResponse).workshop.id;
    const planPath = `/projects/${projectId}/workshops/${workshopId}`;

    // Ada, by keyboard alone: ticks what helps, writes her own words, agrees to her name being shown.
    await ada.page.setViewportSize({ width: 1280, height: 900 });
    await ada.page.goto('/account');
    const adaSection = yourSection(ada.page);
    await expect(adaSection.getByText(/only the leads and facilitators of your projects/)).toBeVisible();
    await adaSection.getByRole('checkbox', { name: 'Large print' }).focus();
    await ada.page.keyboard.press('Space');
    await ada.page.keyboard.press('Tab');
    await ada.page.keyboard.press('Tab');
    await ada.page.keyboard.press('Tab');
    await expect(adaSection.getByRole('checkbox', { name: 'Regular breaks' })).toBeFocused();
    await ada.page.keyboard.press('Space');
    await adaSection.getByRole('textbox', { name: /Anything else that helps/ }).focus();
    await ada.page.keyboard.type('A seat near the door <script>alert(1)</script>');
    await ada.page.keyboard.press('Tab');
    await expect(adaSection.getByRole('checkbox', { name: SHOW_NAME })).toBeFocused();
    await ada.page.keyboard.press('Space');
    await ada.page.keyboard.press('Tab');
    await expect(adaSection.getByRole('checkbox', { name: CONSENT })).toBeFocused();
    // Saving without consent keeps nothing, and says why.
    await adaSection.getByRole('button', { name: 'Save' }).focus();
    await ada.page.keyboard.press('Enter');
    await expect(adaSection.locator('.error-summary')).toBeFocused();
    await expect(adaSection.getByRole('link', { name: /Tick the box to say Roundtable may keep this/ })).toBeVisible();
    await checkBothWidths(ada.page, adaSection, 'account-section-error');
    await adaSection.getByRole('link', { name: /Tick the box to say Roundtable may keep this/ }).press('Enter');
    await expect(adaSection.getByRole('checkbox', { name: CONSENT })).toBeFocused();
    await ada.page.keyboard.press('Space');
    await ada.page.keyboard.press('Tab');
    await expect(adaSection.getByRole('button', { name: 'Save' })).toBeFocused();
    await ada.page.keyboard.press('Enter');
    await expect(adaSection.getByRole('status')).toHaveText(
      'Saved. Leads and facilitators can see your name with what helps you.',
    );
    await expect(adaSection.getByText('There is a problem')).toHaveCount(0);
    await checkBothWidths(ada.page, adaSection, 'account-section-saved');

    // Sam: the same, in his own words, without his name.
    await sam.page.goto('/account');
    const samSection = yourSection(sam.page);
    await tick(samSection, 'Large print');
    await tick(samSection, 'A hearing loop');
    await samSection.getByRole('textbox', { name: /Anything else that helps/ }).fill('My daughter comes with me');
    await tick(samSection, CONSENT);
    await samSection.getByRole('button', { name: 'Save' }).click();
    await expect(samSection.getByRole('status')).toHaveText(
      'Saved. Leads and facilitators see this only as counts, without your name.',
    );

    // Sam is a member: the plan page shows him no such panel, and the API refuses him.
    await sam.page.goto(planPath);
    await expect(sam.page.getByRole('heading', { name: 'Strategy day', level: 1 })).toBeVisible();
    await expect(planPanel(sam.page)).toHaveCount(0);
    const refused = await sam.context.request.get(`/api${planPath}/access-needs`);
    expect(refused.status()).toBe(403);

    // Fay plans: counts for everyone, Ada's name and words, nothing of Sam's but a count.
    await fay.page.setViewportSize({ width: 1280, height: 900 });
    await fay.page.goto(planPath);
    const panel = planPanel(fay.page);
    await expect(panel.getByText('2 of the 4 people in this project have told us what helps them.')).toBeVisible();
    const counts = panel.getByRole('list').first().getByRole('listitem');
    await expect(counts).toHaveText(['2 people: large print', '1 person: a hearing loop', '1 person: regular breaks']);
    await expect(panel.getByText(/1 person also wrote what helps them in their own words/)).toBeVisible();
    const named = panel.getByRole('list').nth(1).getByRole('listitem');
    await expect(named).toHaveCount(1);
    await expect(named).toContainText('Ada Named: Large print, Regular breaks');
    await expect(named).toContainText('In their words: “A seat near the door <script>alert(1)</script>”');
    await expect(panel).not.toContainText('Sam');
    await expect(panel).not.toContainText('daughter');
    await checkBothWidths(fay.page, panel, 'plan-panel');

    // Sam deletes his, after being asked; the count drops for Fay.
    await sam.page.goto('/account');
    await samSection.getByRole('button', { name: 'Delete what I told you' }).click();
    const dialog = sam.page.getByRole('alertdialog', { name: 'Delete what you told us?' });
    await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await expectNoAxeViolations(sam.page, 'delete dialog');
    await sam.page.screenshot({ path: `${shots}/delete-dialog-1280.png` });
    await dialog.getByRole('button', { name: 'Delete it' }).click();
    await expect(samSection.getByRole('status')).toHaveText(
      'Deleted. Roundtable no longer keeps anything you told us about what helps you.',
    );
    await expect(sam.page.getByRole('heading', { name: 'What helps you take part' })).toBeFocused();
    await expect(samSection.getByRole('checkbox', { name: 'Large print' })).not.toBeChecked();

    await fay.page.reload();
    await expect(panel.getByText('1 of the 4 people in this project has told us what helps them.')).toBeVisible();
    await expect(counts).toHaveText(['1 person: large print', '1 person: regular breaks']);
    await expect(panel.getByText(/in their own words, without sharing/)).toHaveCount(0);

    // The empty state, once Ada deletes hers too.
    const cleared = await ada.context.request.delete('/api/account/access-needs', { headers });
    expect(cleared.status()).toBe(204);
    await fay.page.reload();
    await expect(panel.getByText(/Nobody in this project has told Roundtable what helps them yet/)).toBeVisible();
    await checkBothWidths(fay.page, panel, 'plan-panel-empty');
  } finally {
    await fay.context.close();
  }
});
