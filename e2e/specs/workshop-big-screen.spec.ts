import { expect, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE, type WorkshopRunResponse } from '@roundtable/shared';
import { openEditor } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { createProject, invitedMember } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';
import { invitedFacilitator, sectionIds, startWorkshop } from '../fixtures/workshopRoom.ts';

const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const HEALTH = 'Priority 1: Being physically and emotionally healthy';
const ACCESS = 'Priority 4: Access to information and care';
const sizes = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];

const section = (page: Page) => page.locator('.big-screen__section');
const hands = (page: Page) => page.getByRole('region', { name: 'Hands' });

/** Axe at every size the room might use, with a picture at the projector's size and a phone's to look at. */
async function checkEverySize(page: Page, screen: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `${screen} at ${size.width} × ${size.height}`);
    if (size.width !== 1280) {
      await page.screenshot({ path: `/tmp/shots/${screen}-${size.width}.png`, fullPage: size.width === 390 });
    }
  }
}

test('the big screen shows the room’s item, timer, hands and section in large type, live, with nothing to edit', async ({
  browser,
  lead,
  projectId,
  documentId,
  path,
  inviteMember,
}) => {
  test.setTimeout(180_000);
  const fay = await invitedFacilitator(browser, lead, projectId, 'Fay Facilitator');
  const ada = await inviteMember('Ada');
  const ben = await inviteMember('Ben');
  const bigScreenPath = `${path}/big-screen`;
  try {
    // Before anything runs, the screen says so plainly.
    await ada.page.goto(bigScreenPath);
    await expect(ada.page.getByText('No workshop is running on this document.')).toBeVisible();
    await expectNoAxeViolations(ada.page, 'big screen with no workshop');

    await fay.page.setViewportSize({ width: 1280, height: 900 });
    const fayEditor = await openEditor(fay.page, path);
    const sectionId = await sectionIds(fay, projectId, documentId);
    const workshopId = await startWorkshop(fay, projectId, documentId, [
      { title: 'Being healthy', durationMinutes: 20, sectionId: sectionId(HEALTH) },
      { title: 'Finding out', durationMinutes: 1, sectionId: sectionId(ACCESS) },
    ]);
    const workshopPath = `/api/projects/${projectId}/workshops/${workshopId}`;
    await fay.page.reload();

    // The panel's link opens the big screen in a new tab.
    const panel = fay.page.getByRole('region', { name: 'Workshop: Strategy day' });
    const link = panel.getByRole('link', { name: 'Big screen (opens in a new tab)' });
    await expect(link).toHaveAttribute('target', '_blank');
    const [opened] = await Promise.all([fay.context.waitForEvent('page'), link.click()]);
    await expect(opened).toHaveURL(new RegExp(`${bigScreenPath}$`));
    await expect(opened.getByRole('heading', { level: 2, name: 'Being healthy' })).toBeVisible();
    await opened.close();

    // The screen already open on Ada's machine picks the start up by itself.
    await expect(ada.page.getByRole('heading', { level: 1, name: 'Strategy day' })).toBeVisible();
    await expect(ada.page.getByRole('heading', { level: 2, name: 'Being healthy' })).toBeVisible();
    await expect(ada.page.getByText('Item 1 of 2 · 20 minutes')).toBeVisible();
    await expect(ada.page.getByText('Up next: Finding out')).toBeVisible();
    await expect(ada.page.getByRole('timer', { name: 'Timer' })).toHaveText('20:00');
    await expect(section(ada.page).getByRole('heading', { name: HEALTH })).toBeVisible();
    await expect(section(ada.page)).toContainText('What people told us matters');
    await expect(section(ada.page)).not.toContainText(ACCESS);
    await expect(hands(ada.page)).toContainText('No hands are up.');

    // Nothing to edit, type in or press: only the way back to the document.
    await expect(ada.page.locator('[contenteditable], input, textarea, select, button')).toHaveCount(0);
    await ada.page.keyboard.press('Tab');
    await expect(ada.page.getByRole('link', { name: 'Back to the document' })).toBeFocused();

    // Words written in the section appear on the screen as they are written.
    await fayEditor.getByText(HEALTH).click();
    await fay.page.keyboard.press('End');
    await fay.page.keyboard.press('Enter');
    await fay.page.keyboard.insertText('Walking groups in every park.');
    await expect(section(ada.page)).toContainText('Walking groups in every park.');

    // The timer runs to the server's deadline.
    const timing = await fay.context.request.post(`${workshopPath}/run`, { headers, data: { command: 'start-timer' } });
    expect(timing.ok(), await timing.text()).toBe(true);
    const { run } = (await timing.json()) as WorkshopRunResponse;
    const deadline = run.timer?.status === 'running' ? run.timer.deadline : '';
    await expect(ada.page.locator('.workshop-timer')).toHaveAttribute('data-deadline', deadline);
    await expect(ada.page.getByRole('timer')).toHaveText(/^(20:00|19:[45]\d)$/);

    // The facilitator moves on and a hand goes up: the screen follows.
    await panel.getByRole('button', { name: 'Next item' }).click();
    await expect(ada.page.getByRole('heading', { level: 2, name: 'Finding out' })).toBeVisible();
    await expect(ada.page.getByText('This is the last item.')).toBeVisible();
    await expect(section(ada.page).getByRole('heading', { name: ACCESS })).toBeVisible();
    await expect(section(ada.page)).not.toContainText('Walking groups in every park.');

    // A minute's item: the screen shows the calm cue near the end, still when motion is unwelcome.
    await ada.page.emulateMedia({ reducedMotion: 'reduce' });
    const lastMinute = await fay.context.request.post(`${workshopPath}/run`, {
      headers,
      data: { command: 'start-timer' },
    });
    expect(lastMinute.ok(), await lastMinute.text()).toBe(true);
    const timerBox = ada.page.locator('.workshop-timer');
    await expect(timerBox).toHaveClass(/workshop-timer--nearly-up/);
    await expect(timerBox).toContainText('Less than a minute left');
    expect(await timerBox.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');

    const raised = await ben.context.request.post(`${workshopPath}/hands/mine`, { headers });
    expect(raised.ok(), await raised.text()).toBe(true);
    const added = await fay.context.request.post(`${workshopPath}/hands/in-room`, { headers, data: { name: 'Rosa' } });
    expect(added.ok(), await added.text()).toBe(true);
    const queue = hands(ada.page).getByRole('listitem');
    await expect(queue).toHaveCount(2);
    await expect(queue.nth(0)).toContainText('Ben');
    await expect(queue.nth(0)).toContainText('Not spoken yet');
    await expect(queue.nth(1)).toContainText('Rosa');
    await expect(queue.nth(1)).toContainText('In the room');

    // Bringing everyone to a section takes the screen there too, saying who did.
    const brought = await fay.context.request.post(`${workshopPath}/bring-everyone`, {
      headers,
      data: { sectionId: sectionId(HEALTH) },
    });
    expect(brought.ok(), await brought.text()).toBe(true);
    await expect(section(ada.page).getByRole('heading', { name: HEALTH })).toBeVisible();
    await expect(section(ada.page)).toContainText('Fay Facilitator brought everyone to this section');
    await expect(section(ada.page)).toContainText('Walking groups in every park.');

    await checkEverySize(ada.page, 'big-screen');

    // Calling Ben: he leaves the queue and Rosa is first.
    const benHand = (await (await ada.context.request.get(`${workshopPath}/hands`)).json()) as {
      hands: { id: string; name: string }[];
    };
    const benId = benHand.hands.find((hand) => hand.name === 'Ben')?.id ?? '';
    const called = await fay.context.request.post(`${workshopPath}/hands/${benId}/call`, { headers });
    expect(called.ok(), await called.text()).toBe(true);
    await expect(queue).toHaveCount(1);
    await expect(queue.nth(0)).toContainText('Rosa');

    // Only the project's members see it: someone from another of the lead's projects is turned away.
    const zed = await invitedMember(browser, lead, await createProject(lead), 'Zed');
    try {
      await zed.page.goto(bigScreenPath);
      await expect(zed.page.getByRole('heading', { name: 'This document could not be found' })).toBeVisible();
      await expect(zed.page.getByText('Strategy day')).toHaveCount(0);
    } finally {
      await zed.context.close();
    }
  } finally {
    await Promise.all([fay.context.close(), ada.context.close(), ben.context.close()]);
  }
});
