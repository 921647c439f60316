import { expect, type Locator, type Page } from '@playwright/test';
import { connectionStatus, openEditor, typeAtEnd } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { shot } from '../fixtures/historyPanel.ts';
import { test } from '../fixtures/projectWithMembers.ts';

// Two or three people, each in their own browser, with axe checks on every screen.
test.describe.configure({ timeout: 180_000 });

const saved = async (page: Page) => expect(connectionStatus(page)).toHaveText(/All changes saved/);

/** Selects the last `count` characters typed, with the keyboard. */
async function selectBack(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await page.keyboard.press('Shift+ArrowLeft');
}

/** The commented words in the editor, without other people's carets drawn among them. */
function anchoredWords(page: Page): Promise<string[]> {
  return page.locator('mark.comment-anchor').evaluateAll((marks) =>
    marks.map((mark) => {
      const copy = mark.cloneNode(true) as HTMLElement;
      for (const caret of Array.from(copy.querySelectorAll('.collaboration-carets__caret'))) caret.remove();
      return copy.textContent ?? '';
    }),
  );
}

function commentsPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Comments' });
}

function thread(page: Page, name: RegExp): Locator {
  return commentsPanel(page).getByRole('article', { name });
}

test('a comment appears live for another member on the right words; reply, mention, inbox, resolve and reopen', async ({
  lead: lena,
  projectId,
  path,
  inviteMember,
}) => {
  const ada = await inviteMember('Ada Lovelace', 'lived-experience');

  // Ada's first look at the project: what others do from now on will be new to her.
  await ada.page.goto(`/projects/${projectId}`);
  const whatsNew = ada.page.getByRole('region', { name: 'What’s new since your last visit' });
  await expect(whatsNew).toContainText('This is your first visit');

  const lenaEditor = await openEditor(lena.page, path);
  await typeAtEnd(lena.page, lenaEditor, 'Buses that wait for people.');
  await saved(lena.page);

  const adaEditor = await openEditor(ada.page, path);
  await expect(adaEditor).toContainText('Buses that wait for people.');
  await adaEditor.click();
  await ada.page.keyboard.press('Control+End');
  await ada.page.keyboard.press('ArrowLeft');
  await selectBack(ada.page, 'wait for people'.length);
  await ada.page.keyboard.press('Control+Alt+M');
  const adaComment = commentsPanel(ada.page).getByRole('textbox', { name: 'Your comment' });
  await expect(adaComment).toBeFocused();
  await adaComment.pressSequentially('How long should they wait, @Le');
  await ada.page.getByRole('button', { name: 'Mention Lena Lead' }).click();
  await expect(adaComment).toHaveValue('How long should they wait, @Lena Lead ');
  await adaComment.press('Control+Enter');
  await expect(thread(ada.page, /on “wait for people”/)).toBeVisible();

  // Lena sees it at once: the words are marked, the count goes up, and it is announced.
  await expect.poll(() => anchoredWords(lena.page)).toEqual(['wait for people']);
  await expect(lena.page.getByRole('button', { name: 'Comments (1)' })).toBeVisible();
  await expect(lena.page.getByTestId('announcer')).toContainText('New comment from Ada Lovelace');
  await expect(lena.page.getByRole('link', { name: 'Inbox, 1 unread' })).toBeVisible();

  // From her inbox to the thread.
  await lena.page.getByRole('link', { name: 'Inbox, 1 unread' }).click();
  await expect(lena.page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  await expectNoAxeViolations(lena.page, 'inbox');
  await shot(lena.page, 'inbox-1280');
  await lena.page
    .getByRole('list', { name: 'Mentions and replies, newest first' })
    .getByRole('link', { name: /Ada Lovelace mentioned you/ })
    .click();
  const lenaThread = thread(lena.page, /on “wait for people”/);
  await expect(lenaThread).toBeVisible();
  await expect(lenaThread).toContainText('How long should they wait, @Lena Lead');
  await expect(lena.page.getByRole('link', { name: 'Inbox' })).toBeVisible();

  // Lena replies; Ada hears it and finds it in her inbox.
  await lenaThread.getByRole('button', { name: 'Reply' }).click();
  const reply = lenaThread.getByRole('textbox', { name: 'Your reply' });
  await reply.fill('No more than two minutes,\nsaid the group.');
  await lenaThread.getByRole('button', { name: 'Send reply' }).click();
  const adaThread = thread(ada.page, /on “wait for people”/);
  await expect(adaThread).toContainText('No more than two minutes');
  await expect(ada.page.getByTestId('announcer')).toContainText('Lena Lead replied');
  await expect(ada.page.getByRole('link', { name: 'Inbox, 1 unread' })).toBeVisible();

  // Anyone can resolve and reopen; the thread says who resolved it.
  await adaThread.getByRole('button', { name: 'Resolve' }).click();
  await expect(lena.page.getByRole('button', { name: 'Comments (0)' })).toBeVisible();
  // Lena wrote in it: the thread does not just vanish from her list, and her inbox says who resolved it.
  await expect(commentsPanel(lena.page).getByText('No open comments here. 1 comment is resolved.')).toBeVisible();
  await expect(lena.page.getByRole('link', { name: /^Inbox, \d+ unread$/ })).toBeVisible();
  await commentsPanel(lena.page).getByRole('button', { name: 'Show resolved comments' }).click();
  await expect(commentsPanel(lena.page).getByRole('radio', { name: 'Resolved' })).toBeChecked();
  const resolved = thread(lena.page, /on “wait for people”/);
  await expect(resolved).toContainText(/Resolved by Ada Lovelace on/);
  await resolved.getByRole('button', { name: 'Reopen' }).click();
  await expect(ada.page.getByRole('button', { name: 'Comments (1)' })).toBeVisible();

  // Only the author may edit or delete a comment.
  await expect(adaThread.getByRole('button', { name: 'Edit your comment' })).toHaveCount(1);
  await commentsPanel(lena.page).getByRole('radio', { name: 'All' }).check();
  await thread(lena.page, /on “wait for people”/).scrollIntoViewIfNeeded();
  await expectNoAxeViolations(lena.page, 'comments panel');
  await shot(lena.page, 'comments-panel-1280');
  await expect(
    thread(lena.page, /on “wait for people”/).getByRole('button', { name: 'Edit your comment' }),
  ).toHaveCount(1);

  // What's new for Ada lists Lena's reply, linking to the thread.
  await ada.page.goto(`/projects/${projectId}`);
  await expect(whatsNew.getByRole('link', { name: /Lena Lead replied/ })).toBeVisible();
  await expectNoAxeViolations(ada.page, "what's new");
  await shot(ada.page, 'whats-new-1280');
  await whatsNew.getByRole('link', { name: /Lena Lead replied/ }).click();
  await expect(thread(ada.page, /on “wait for people”/)).toBeVisible();

  const lenasInbox = await lena.context.newPage();
  await lenasInbox.goto('/inbox');
  await lenasInbox
    .getByRole('link', { name: /Ada Lovelace resolved a conversation you took part in/ })
    .first()
    .click();
  await expect(thread(lenasInbox, /on “wait for people”/)).toBeVisible();
  await lenasInbox.close();

  // On a phone.
  await lena.page.setViewportSize({ width: 390, height: 844 });
  await thread(lena.page, /on “wait for people”/).scrollIntoViewIfNeeded();
  await expectNoAxeViolations(lena.page, 'comments panel on a phone');
  await shot(lena.page, 'comments-panel-390');
});

test('comments by keyboard alone, anchors that follow their words, and script that stays text', async ({
  lead: lena,
  path,
  inviteMember,
}) => {
  const sam = await inviteMember('Sam Okafor', 'professional');

  const samEditor = await openEditor(sam.page, path);
  await typeAtEnd(sam.page, samEditor, 'Respite care every year.');
  await saved(sam.page);
  const lenaEditor = await openEditor(lena.page, path);
  await expect(lenaEditor).toContainText('Respite care every year.');

  // Sam, by keyboard only: select "every year", comment, send.
  await sam.page.keyboard.press('Control+End');
  await sam.page.keyboard.press('ArrowLeft');
  await selectBack(sam.page, 'every year'.length);
  await sam.page.keyboard.press('Control+Alt+M');
  const payload =
    '<script>window.__hacked = true</script><img src=x onerror="window.__hacked = true"> javascript:alert(1)';
  await sam.page.keyboard.type(`Too rare. ${payload}`);
  await sam.page.keyboard.press('Control+Enter');
  await expect.poll(() => anchoredWords(lena.page)).toEqual(['every year']);

  // Lena types before the commented words: the anchor stays on them, for both.
  await lenaEditor.click();
  await lena.page.keyboard.press('Control+End');
  await lena.page.keyboard.press('Home');
  await lena.page.keyboard.type('Free ');
  await expect.poll(() => anchoredWords(sam.page)).toEqual(['every year']);
  await expect(samEditor.locator('p', { hasText: 'every year' })).toContainText('Free ');

  // The payload is shown as text on both screens and runs nowhere.
  for (const page of [sam.page, lena.page]) {
    if (!(await commentsPanel(page).isVisible())) await page.getByRole('button', { name: /^Comments/ }).click();
    const shown = thread(page, /on “every year”/);
    await expect(shown).toContainText('<script>window.__hacked = true</script>');
    await expect(shown.locator('script, img')).toHaveCount(0);
    await expect(shown.getByRole('link')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __hacked?: boolean }).__hacked)).toBeUndefined();
  }

  // Lena, by keyboard: from the editor to the thread, reply, resolve.
  await lenaEditor.focus();
  await lena.page.keyboard.press('Alt+PageDown');
  const lenaThread = thread(lena.page, /on “every year”/);
  await expect(lenaThread).toBeFocused();
  await expect(lena.page.getByTestId('announcer')).toContainText('Comment by Sam Okafor on “every year”');
  await lena.page.keyboard.press('Tab');
  let found = false;
  for (let i = 0; i < 12 && !found; i++) {
    found = await lenaThread.getByRole('button', { name: 'Reply' }).evaluate((node) => node === document.activeElement);
    if (!found) await lena.page.keyboard.press('Tab');
  }
  expect(found).toBe(true);
  await lena.page.keyboard.press('Enter');
  await expect(lenaThread.getByRole('textbox', { name: 'Your reply' })).toBeFocused();
  await lena.page.keyboard.type('Agreed, twice a year.');
  await lena.page.keyboard.press('Control+Enter');
  await expect(thread(sam.page, /on “every year”/)).toContainText('Agreed, twice a year.');

  // Deleting the words leaves the thread "on removed text"; undo brings the anchor back for everyone.
  await samEditor.click();
  await sam.page.keyboard.press('Control+End');
  await sam.page.keyboard.press('ArrowLeft');
  await selectBack(sam.page, 'every year'.length);
  await sam.page.keyboard.press('Delete');
  const removed = commentsPanel(lena.page).getByRole('region', { name: 'On removed text' });
  await expect(removed.getByRole('article', { name: /on “every year”/ })).toBeVisible();
  await expect(lena.page.locator('mark.comment-anchor')).toHaveCount(0);
  await sam.page.keyboard.press('Control+z');
  await expect.poll(() => anchoredWords(lena.page)).toEqual(['every year']);
  await expect(removed).toHaveCount(0);
  await expectNoAxeViolations(lena.page, 'comments panel with a reply');

  // A comment started and left unsent leaves no mark behind when Sam goes to another page.
  await sam.page.keyboard.press('Control+Home');
  await sam.page.keyboard.press('Shift+End');
  await sam.page.keyboard.press('Control+Alt+M');
  await expect(commentsPanel(sam.page).getByRole('textbox', { name: 'Your comment' })).toBeFocused();
  await expect.poll(async () => (await anchoredWords(lena.page)).length).toBe(2);
  await sam.page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
  await expect.poll(() => anchoredWords(lena.page)).toEqual(['every year']);
});
