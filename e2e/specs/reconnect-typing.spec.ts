import { expect } from '@playwright/test';
import { connectionStatus, openEditor } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { networkSwitch } from '../fixtures/networkSwitch.ts';
import { test } from '../fixtures/projectWithMembers.ts';

const WORDS = Array.from({ length: 40 }, (_, index) => `word${index + 1}`).join(' ');

test('typing on without a pause while the connection drops and comes back is never refused and loses nothing', async ({
  lead,
  path,
  inviteMember,
}) => {
  test.setTimeout(120_000);
  const member = await inviteMember('Priya Shah');
  const network = await networkSwitch(member.context);
  const leadEditor = await openEditor(lead.page, path);
  const memberEditor = await openEditor(member.page, path);

  await memberEditor.click();
  await member.page.keyboard.press('Control+End');
  await member.page.keyboard.press('Enter');
  // Keystrokes keep coming while the socket closes, reopens and the handshake runs.
  const typing = member.page.keyboard.type(WORDS, { delay: 25 });
  for (let drop = 0; drop < 3; drop++) {
    await member.page.waitForTimeout(400);
    await network.goOffline();
    await member.page.waitForTimeout(300);
    await network.goOnline();
  }
  await typing;

  await expect(connectionStatus(member.page)).toHaveText(/All changes saved/, { timeout: 20_000 });
  await expect(leadEditor).toContainText(WORDS);
  await expect(memberEditor).toContainText(WORDS);
  await expect(memberEditor).toHaveAttribute('contenteditable', 'true');
  await expect(member.page.getByText('Editing has stopped')).toHaveCount(0);
  await expectNoAxeViolations(member.page, 'document after typing through reconnects');

  // What the lead sees is what the server saved.
  await lead.page.reload();
  await expect(await openEditor(lead.page, path)).toContainText(WORDS);
});
