import { type Browser, expect, type Locator, type Page } from '@playwright/test';
import {
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  type DocumentSectionsResponse,
  type WorkshopResponse,
  type WorkshopRunResponse,
} from '@roundtable/shared';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { documentPath, inviteToken, type Person } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const screenshots = 'test-results/workshop-run';

/** Someone invited as a facilitator, signed in on their own device. */
async function invitedFacilitator(browser: Browser, lead: Person, projectId: string): Promise<Person> {
  const token = await inviteToken(lead, projectId, 'facilitator');
  const email = `fran.${Date.now()}@example.org`;
  const context = await browser.newContext({ viewport: desktop });
  const signUp = await context.request.post('/api/auth/signup', {
    headers,
    data: { displayName: 'Fran Facilitator', email, password: 'a long enough password', inviteToken: token },
  });
  expect(signUp.ok(), await signUp.text()).toBe(true);
  const join = await context.request.post(`/api/invites/${token}/accept`, {
    headers,
    data: { perspective: 'professional' },
  });
  expect(join.ok()).toBe(true);
  return { name: 'Fran Facilitator', email, context, page: await context.newPage() };
}

function panelOf(page: Page): Locator {
  return page.getByRole('region', { name: /^Workshop: Strategy day/ });
}

/** The heading of the agenda item the room is on. */
function currentItem(page: Page): Locator {
  return panelOf(page).locator('.workshop-panel__item').getByRole('heading', { level: 3 });
}

/** Presses a button the way a keyboard user does. */
async function press(button: Locator): Promise<void> {
  await button.focus();
  await expect(button).toBeFocused();
  await button.page().keyboard.press('Enter');
}

test('a facilitator runs a workshop that every screen follows, to the same deadline', async ({
  browser,
  lead,
  projectId,
  documentId,
  inviteMember,
}) => {
  test.setTimeout(180_000);
  const fran = await invitedFacilitator(browser, lead, projectId);
  const mo = await inviteMember('Mo Member');
  const pat = await inviteMember('Pat Phone', 'professional');
  await pat.page.setViewportSize(phone);
  await mo.page.setViewportSize(desktop);
  // Pat's phone is an hour slow: the timer still counts to the server's deadline there.
  await pat.page.clock.install({ time: new Date(Date.now() - 60 * 60_000) });

  const sections = await fran.context.request.get(`/api/projects/${projectId}/documents/${documentId}/sections`);
  const housing = ((await sections.json()) as DocumentSectionsResponse).sections.find((section) =>
    section.title.startsWith('Priority 3'),
  );
  expect(housing).toBeDefined();
  const planned = await fran.context.request.post(`/api/projects/${projectId}/workshops`, {
    headers,
    data: {
      documentId,
      title: 'Strategy day',
      // In a minute: planned for today, so its panel is on the document's page.
      startsAt: new Date(Date.now() + 60_000).toISOString(),
      timeZone: 'UTC',
      place: 'Town hall, room 2',
      agenda: [
        { title: 'Welcome', durationMinutes: 10 },
        { title: 'Housing and homes', durationMinutes: 45, sectionId: housing?.sectionId },
        { title: 'Next steps', durationMinutes: 1 },
      ],
    },
  });
  expect(planned.ok(), await planned.text()).toBe(true);
  const { workshop } = (await planned.json()) as WorkshopResponse;
  const runPath = `/api/projects/${projectId}/workshops/${workshop.id}/run`;

  const everyone = [fran, mo, pat];
  const path = documentPath(projectId, documentId);
  await Promise.all(everyone.map((person) => person.page.goto(path)));
  expect(Date.now() - (await pat.page.evaluate(() => Date.now()))).toBeGreaterThan(59 * 60_000);
  for (const person of everyone) {
    await expect(panelOf(person.page)).toContainText('Planned');
    await expect(person.page.getByRole('textbox', { name: 'Our strategy' })).toHaveAttribute('contenteditable', 'true');
  }
  await expect(panelOf(mo.page)).toContainText('When a facilitator starts it');
  await expect(panelOf(mo.page).getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(fran.page, 'planned workshop panel (desktop)');
  await fran.page.screenshot({ path: `${screenshots}/planned-facilitator-1280.png` });

  // Starting, by keyboard: everyone sees the first item and its minutes on the timer.
  await press(panelOf(fran.page).getByRole('button', { name: 'Start workshop' }));
  await expect(currentItem(fran.page)).toHaveText('Welcome');
  await expect(currentItem(fran.page)).toBeFocused();
  for (const person of everyone) {
    const panel = panelOf(person.page);
    await expect(panel).toContainText('Running');
    await expect(currentItem(person.page)).toHaveText('Welcome');
    await expect(panel).toContainText('Item 1 of 3');
    await expect(panel.getByRole('timer', { name: 'Timer' })).toHaveText('10:00');
    await expect(panel).toContainText('Paused');
  }
  await expect(mo.page.getByTestId('announcer')).toContainText(
    '“Strategy day” has started. Now on item 1 of 3: Welcome.',
  );

  // The timer runs to one deadline on the server's clock, the same on every screen.
  await press(panelOf(fran.page).getByRole('button', { name: 'Start timer' }));
  await expect(panelOf(fran.page).getByRole('button', { name: 'Pause timer' })).toBeFocused();
  const running = (await (await fran.context.request.get(runPath)).json()) as WorkshopRunResponse;
  expect(running.run.timer?.status).toBe('running');
  const deadline = running.run.timer?.status === 'running' ? running.run.timer.deadline : '';
  for (const person of everyone) {
    const timer = panelOf(person.page).locator('.workshop-timer');
    await expect(timer).toHaveAttribute('data-deadline', deadline);
    await expect(timer.locator('time')).toHaveAttribute('datetime', deadline);
    await expect(timer.getByRole('timer')).toHaveText(/^(10:00|9:5\d)$/);
  }

  // Next item: everyone moves; the section is one keypress away.
  await press(panelOf(fran.page).getByRole('button', { name: 'Next item' }));
  await expect(panelOf(fran.page).getByRole('button', { name: 'Next item' })).toBeFocused();
  for (const person of everyone) {
    const panel = panelOf(person.page);
    await expect(currentItem(person.page)).toHaveText('Housing and homes');
    await expect(panel).toContainText('Item 2 of 3');
    await expect(panel).toContainText(`Section: ${housing?.title}`);
    await expect(panel.getByRole('timer')).toHaveText('45:00');
  }
  await expect(pat.page.getByTestId('announcer')).toContainText('Now on item 2 of 3: Housing and homes.');
  await press(panelOf(pat.page).getByRole('button', { name: 'Go to this section' }));
  await expect(pat.page.getByRole('heading', { name: housing?.title ?? '', exact: true })).toBeInViewport();

  // Run, then pause: every screen stops on the same time left.
  await press(panelOf(fran.page).getByRole('button', { name: 'Start timer' }));
  for (const person of everyone) await expect(panelOf(person.page)).toContainText(/Running · ends at/);
  await press(panelOf(fran.page).getByRole('button', { name: 'Pause timer' }));
  const paused = (await (await mo.context.request.get(runPath)).json()) as WorkshopRunResponse;
  expect(paused.run.timer?.status).toBe('paused');
  const left = await panelOf(fran.page).getByRole('timer').textContent();
  for (const person of everyone) {
    await expect(panelOf(person.page)).toContainText('Paused');
    await expect(panelOf(person.page).getByRole('timer')).toHaveText(left ?? '');
  }
  await press(panelOf(fran.page).getByRole('button', { name: 'Add a minute' }));
  await expect(panelOf(mo.page).getByRole('timer')).not.toHaveText(left ?? '');

  // Members take part but do not run the room, on screen or by a hand-made request.
  for (const member of [mo, pat]) {
    await expect(
      panelOf(member.page).getByRole('button', {
        name: /Start workshop|Next item|Previous item|End workshop|Start timer|Pause timer|Add a minute|Reset timer/,
      }),
    ).toHaveCount(0);
  }
  for (const command of ['next', 'end', 'start-timer', 'reset-timer']) {
    const refused = await mo.context.request.post(runPath, { headers, data: { command } });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'Only a lead or facilitator of this project can run a workshop: start it, move between items, use the timer or end it.',
    );
  }
  await expect(currentItem(pat.page)).toHaveText('Housing and homes');

  // The last item has a minute: its timer shows that time is nearly up, in words.
  await press(panelOf(fran.page).getByRole('button', { name: 'Next item' }));
  await expect(panelOf(fran.page).getByRole('button', { name: 'Next item' })).toHaveAttribute('aria-disabled', 'true');
  await expect(panelOf(fran.page).getByRole('button', { name: 'Next item' })).toBeFocused();
  await press(panelOf(fran.page).getByRole('button', { name: 'Start timer' }));
  for (const person of everyone) {
    await expect(panelOf(person.page)).toContainText('Less than a minute left');
  }

  // Looked at, and checked with axe, wide and on a phone, by the facilitator and a member.
  for (const [person, who] of [
    [fran, 'facilitator'],
    [pat, 'member'],
  ] as const) {
    for (const [size, width] of [
      [desktop, 1280],
      [phone, 390],
    ] as const) {
      await person.page.setViewportSize(size);
      await panelOf(person.page).scrollIntoViewIfNeeded();
      await expectNoAxeViolations(person.page, `running workshop, ${who}, ${width} px`);
      await person.page.screenshot({ path: `${screenshots}/running-${who}-${width}.png` });
    }
  }
  await pat.page.setViewportSize(phone);
  await fran.page.setViewportSize(desktop);

  // At zero every screen says so in words, and screen readers hear it once.
  for (const person of everyone) {
    await expect(panelOf(person.page)).toContainText('Time is up', { timeout: 75_000 });
    await expect(panelOf(person.page).getByRole('timer')).toHaveText('0:00');
  }
  await expect(mo.page.getByTestId('announcer')).toContainText('Time is up.');
  await panelOf(pat.page).scrollIntoViewIfNeeded();
  await expectNoAxeViolations(pat.page, 'time is up, member, 390 px');
  await pat.page.screenshot({ path: `${screenshots}/time-up-member-390.png` });

  // Ending asks first, then everyone sees it has ended.
  await press(panelOf(fran.page).getByRole('button', { name: 'End workshop' }));
  const dialog = fran.page.getByRole('alertdialog', { name: 'End this workshop?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep it running' })).toBeFocused();
  await expectNoAxeViolations(fran.page, 'ending a workshop (desktop)');
  await fran.page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'End workshop' })).toBeFocused();
  await fran.page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  for (const person of everyone) {
    await expect(panelOf(person.page)).toContainText('Ended');
    await expect(panelOf(person.page).getByRole('timer')).toHaveCount(0);
  }
  await expect(panelOf(fran.page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(mo.page.getByTestId('announcer')).toContainText('“Strategy day” has ended.');
  await pat.page.screenshot({ path: `${screenshots}/ended-member-390.png` });
  const again = await fran.context.request.post(runPath, { headers, data: { command: 'start' } });
  expect(again.status()).toBe(409);
  await fran.context.close();
});
