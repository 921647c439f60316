import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { type Browser, expect, type Locator, type Page } from '@playwright/test';
import type { WorkshopRunResponse } from '@roundtable/shared';
import { checkAtBothWidths } from '../fixtures/checkAtBothWidths.ts';
import { openEditor } from '../fixtures/documentPage.ts';
import { WORKSHOP_DAY_CLOCK_FILE, WORKSHOP_DAY_INSTANCE_URL } from '../fixtures/instances.ts';
import { chooseRadio, type Person } from '../fixtures/people.ts';
import { test } from '../fixtures/projectWithMembers.ts';
import { headingInView, invitedFacilitator, sectionIds } from '../fixtures/workshopRoom.ts';

/**
 * A whole workshop with eight people, on an instance whose clock the test sets: the
 * minutes pass exactly and at once, so each person's time given can be checked to the
 * minute.
 */
test.use({ baseURL: WORKSHOP_DAY_INSTANCE_URL });

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const MINUTE = 60_000;
const ACCESS = 'Priority 4: Access to information and care';

const panelOf = (page: Page) => page.getByRole('region', { name: /^Workshop: Strategy day/ });
const hands = (page: Page) => page.getByRole('region', { name: 'Hands' });
const queueNames = (page: Page) => hands(page).getByRole('listitem').locator('.hand-queue__name');
const room = (page: Page) => page.getByRole('region', { name: 'Who is in the room' });

/** Sets the server's clock to `start` plus the minutes given, and waits until it has read it. */
async function serverClockAt(start: number, minutes: number): Promise<void> {
  writeFileSync(WORKSHOP_DAY_CLOCK_FILE, String(start + minutes * MINUTE));
  await new Promise((resolve) => setTimeout(resolve, 250));
}

async function press(button: Locator): Promise<void> {
  await button.focus();
  await expect(button).toBeFocused();
  await button.page().keyboard.press('Enter');
}

/** Someone new opens the workshop link on their own device and asks to join. */
async function newcomer(browser: Browser, url: string, name: string, viewport = desktop): Promise<Person> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await chooseRadio(page, /^Lived experience$/);
  await page.getByRole('button', { name: 'Ask to join' }).click();
  await expect(page.getByRole('heading', { name: 'Waiting to be let in', level: 1 })).toBeVisible();
  return { name, email: '', context, page };
}

test('eight people run a workshop: join by the link, one timer, bring everyone here, hands, someone in the room, and time given to the minute', async ({
  browser,
  lead,
  projectId,
  documentId,
  path,
  inviteMember,
}) => {
  test.setTimeout(300_000);
  const start = Date.now();
  await serverClockAt(start, 0);
  const contexts: Person[] = [];
  try {
    const fay = await invitedFacilitator(browser, lead, projectId, 'Fay Facilitator');
    contexts.push(fay);
    await fay.page.setViewportSize(desktop);
    const members = [
      await inviteMember('Ada'),
      await inviteMember('Sam'),
      await inviteMember('Kim'),
      await inviteMember('Raj'),
    ];
    const [ada, sam, kim, raj] = members;
    if (!ada || !sam || !kim || !raj) throw new Error('four members');
    await kim.page.setViewportSize(phone);

    // Fay plans the workshop with three agenda items on the plan page, and makes its link.
    const section = await sectionIds(fay, projectId, documentId);
    await fay.page.goto(`/projects/${projectId}`);
    await fay.page.getByRole('region', { name: 'Workshops' }).getByRole('link', { name: 'Plan a workshop' }).click();
    await expect(fay.page.getByRole('heading', { name: 'Plan a workshop', level: 1 })).toBeVisible();
    await fay.page.getByRole('textbox', { name: 'Title' }).fill('Strategy day');
    await expect(fay.page.getByRole('button', { name: /^Our strategy/ })).toBeVisible();
    const startsAt = new Date(start + 5 * MINUTE);
    const pad = (n: number) => String(n).padStart(2, '0');
    await fay.page
      .getByLabel('Date')
      .fill(`${startsAt.getFullYear()}-${pad(startsAt.getMonth() + 1)}-${pad(startsAt.getDate())}`);
    await fay.page.getByLabel('Time').fill(`${pad(startsAt.getHours())}:${pad(startsAt.getMinutes())}`);
    await fay.page.getByRole('textbox', { name: 'Place' }).fill('Town hall, room 2');
    for (const [title, minutes] of [
      ['Welcome', '5'],
      ['Being healthy', '15'],
      ['Finding out', '10'],
    ] as const) {
      await fay.page.getByRole('textbox', { name: 'What happens' }).fill(title);
      await fay.page.getByRole('textbox', { name: 'Minutes' }).fill(minutes);
      await fay.page.getByRole('button', { name: 'Add to agenda' }).click();
      await expect(fay.page.getByRole('listitem').filter({ hasText: title }).first()).toBeVisible();
    }
    await fay.page.getByRole('button', { name: 'Plan workshop' }).click();
    await expect(fay.page.getByRole('heading', { name: 'Strategy day', level: 1 })).toBeVisible();
    const workshop = { id: new URL(fay.page.url()).pathname.split('/').pop() ?? '' };
    expect(workshop.id).not.toBe('');
    const joining = fay.page.getByRole('region', { name: 'Joining this workshop' });
    await joining.getByRole('button', { name: 'Make a workshop link' }).click();
    const url = await joining.getByRole('textbox', { name: 'Workshop link' }).inputValue();
    expect(url).toMatch(/\/join\//);

    // Six join through it: four members already in the project go straight to the document...
    for (const member of members) {
      await member.page.goto(url);
      await member.page.getByRole('link', { name: 'Go to the workshop’s document' }).click();
      await expect(member.page.getByRole('heading', { name: 'Our strategy', level: 1 })).toBeVisible();
    }
    // ...and two new people wait until Fay lets them in.
    const priya = await newcomer(browser, url, 'Priya');
    const tom = await newcomer(browser, url, 'Tom');
    contexts.push(priya, tom);
    const waiting = joining.getByRole('region', { name: /Waiting to be let in/ });
    // The server's clock stands still here, so both asked at the same moment: in either order.
    await expect(waiting.getByRole('listitem')).toHaveCount(2, { timeout: 15_000 });
    for (const person of [priya, tom]) {
      await waiting.getByRole('button', { name: `Let in ${person.name}` }).click();
      await expect(person.page.getByRole('heading', { name: 'Welcome to Strategy day', level: 1 })).toBeVisible({
        timeout: 15_000,
      });
      await person.page.getByRole('link', { name: 'Open Our strategy' }).click();
      await expect(person.page.getByRole('heading', { name: 'Our strategy', level: 1 })).toBeVisible();
    }

    // Seven screens on the document; Lena, the lead, is in the room without a device.
    await openEditor(fay.page, path);
    const onDevices = [fay, ada, sam, kim, raj, priya, tom];
    for (const person of onDevices) await expect(panelOf(person.page)).toContainText('Planned');

    // Fay starts the workshop and its timer: every screen counts to the same deadline.
    await press(panelOf(fay.page).getByRole('button', { name: 'Start workshop' }));
    for (const person of onDevices) await expect(panelOf(person.page)).toContainText('Running');
    // A second on, so every screen tells the timer's start from the workshop's by the server's clock.
    await serverClockAt(start, 1 / 60);
    await press(panelOf(fay.page).getByRole('button', { name: 'Start timer' }));
    const runPath = `/api/projects/${projectId}/workshops/${workshop.id}/run`;
    const running = (await (await fay.context.request.get(runPath)).json()) as WorkshopRunResponse;
    const deadline = running.run.timer?.status === 'running' ? running.run.timer.deadline : '';
    expect(deadline).toBe(new Date(start + 1000 + 5 * MINUTE).toISOString());
    for (const person of onDevices) {
      await expect(panelOf(person.page).locator('.workshop-timer')).toHaveAttribute('data-deadline', deadline);
    }

    // Five minutes in, Fay ticks Lena as in the room.
    await serverClockAt(start, 5);
    const inRoom = room(fay.page);
    await expect(inRoom.getByRole('listitem')).toHaveCount(7);
    await inRoom.getByRole('button', { name: /Who/ }).click();
    await fay.page.getByRole('option', { name: lead.name }).click();
    await inRoom.getByRole('button', { name: 'Tick as in the room' }).click();
    await expect(inRoom.getByRole('status')).toContainText(`${lead.name} is ticked as in the room.`);
    await expect(inRoom.getByRole('listitem').filter({ hasText: lead.name })).toContainText('ticked in the room');
    await checkAtBothWidths(fay.page, 'workshop-day-room', async () => {
      await expect(inRoom).toBeVisible();
      const width = fay.page.viewportSize()?.width ?? 0;
      await inRoom.screenshot({ path: `/tmp/shots/workshop-day-in-room-${width}.png` });
    });

    // Bring everyone here, while Sam keeps typing: he is not moved until he pauses.
    const samEditor = await openEditor(sam.page, path);
    await samEditor.getByText('Why this strategy matters').click();
    await sam.page.keyboard.press('End');
    const typing = (async () => {
      for (let n = 0; n < 16; n++) {
        await sam.page.keyboard.type(`${n % 10}`);
        await sam.page.waitForTimeout(250);
      }
    })();
    const bring = fay.page.getByRole('region', { name: 'Bring everyone here' });
    await bring.getByRole('button', { name: /Section/ }).click();
    await fay.page.getByRole('option', { name: ACCESS }).click();
    await bring.getByRole('button', { name: 'Bring everyone here' }).click();
    const brought = `Fay Facilitator brought everyone to ‘${ACCESS}’.`;
    for (const person of [ada, kim, raj, priya, tom]) {
      await expect(person.page.getByRole('region', { name: 'Where your view was taken' })).toContainText(brought);
      await expect.poll(() => headingInView(person.page, section(ACCESS))).toBe(true);
    }
    await expect(sam.page.getByText(/when you pause typing\./)).toBeVisible();
    await typing;
    await expect(samEditor).toContainText('Why this strategy matters0123456789012345');

    // Three hands go up and are called in the order they went up.
    for (const person of [kim, priya, ada]) {
      await hands(person.page).getByRole('button', { name: 'Raise your hand' }).click();
      await expect(hands(person.page)).toContainText('Your hand is up.');
    }
    await expect(queueNames(fay.page)).toHaveText(['Kim', 'Priya', 'Ada']);
    for (const name of ['Kim', 'Priya', 'Ada']) {
      await press(hands(fay.page).getByRole('button', { name: `Call next: ${name}` }));
    }
    await expect(hands(fay.page).getByText('No hands are up.')).toBeVisible();

    // Ten minutes in, Tom leaves.
    await serverClockAt(start, 10);
    await tom.page.close();
    await expect(room(fay.page).getByRole('listitem').filter({ hasText: 'Tom' })).toContainText('not here now', {
      timeout: 20_000,
    });

    // Twenty-five minutes in, Fay ends the workshop.
    await serverClockAt(start, 25);
    await press(panelOf(fay.page).getByRole('button', { name: 'End workshop' }));
    const dialog = fay.page.getByRole('alertdialog', { name: 'End this workshop?' });
    await dialog.getByRole('button', { name: 'End workshop' }).click();
    for (const person of [ada, kim]) await expect(panelOf(person.page)).toContainText('Ended');

    // The lead sees each person's time given, to the minute.
    await serverClockAt(start, 40);
    await lead.page.setViewportSize(desktop);
    await lead.page.goto(`/projects/${projectId}`);
    await lead.page.getByRole('link', { name: 'See the time given' }).click();
    const table = lead.page.getByRole('table', { name: 'Time given by each person' });
    const expected: Record<string, string> = {
      Ada: '25 minutes',
      'Fay Facilitator': '25 minutes',
      Kim: '25 minutes',
      [lead.name]: '20 minutes',
      Priya: '25 minutes',
      Raj: '25 minutes',
      Sam: '25 minutes',
      Tom: '10 minutes',
    };
    for (const [name, time] of Object.entries(expected)) {
      await expect(table.getByRole('row', { name: new RegExp(`^${name} 1 ${time}`) })).toBeVisible();
    }
    await checkAtBothWidths(lead.page, 'time-given-lead', async () => {
      await expect(table).toBeVisible();
      const width = lead.page.viewportSize()?.width ?? 0;
      await lead.page.screenshot({ path: `/tmp/shots/time-given-lead-full-${width}.png`, fullPage: true });
    });

    // Kim, on her phone, finds her time and downloads her statement.
    await kim.page.goto(`/projects/${projectId}/time-given`);
    const yours = kim.page.getByRole('region', { name: 'Your time' });
    await expect(yours).toContainText('At workshops: 25 minutes');
    const download = kim.page.waitForEvent('download');
    await yours.getByRole('link', { name: 'Download your statement (PDF)' }).click();
    const file = await (await download).path();
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Time given by Kim');
    expect(text).toContain('Project: Older People’s Strategy group');
    expect(text).toContain('Strategy day — 25 minutes');
    expect(text).toContain('Total at workshops: 25 minutes');
    await checkAtBothWidths(kim.page, 'time-given-member', async () => {
      await expect(yours).toBeVisible();
    });
  } finally {
    for (const person of contexts) await person.context.close();
  }
});
