import { expect } from '@playwright/test';
import { openEditor } from '../fixtures/documentPage.ts';
import { expectNoAxeViolations } from '../fixtures/expectNoAxeViolations.ts';
import { shot } from '../fixtures/historyPanel.ts';
import { test } from '../fixtures/projectWithMembers.ts';

test('Enter takes the highlighted name, and an @name that matches nobody is pointed out before sending', async ({
  lead: lena,
  path,
  inviteMember,
}) => {
  const ada = await inviteMember('Ada Lovelace');
  const { page } = ada;
  await openEditor(page, path);
  await page.getByRole('button', { name: /^Comments/ }).click();
  const panel = page.getByRole('region', { name: 'Comments' });
  await panel.getByRole('button', { name: 'Comment on the whole document' }).click();
  const comment = panel.getByRole('textbox', { name: 'Your comment' });
  await expect(comment).toBeFocused();

  // Typed as in Word, Teams or Google Docs: "@", the first letters, Enter.
  await comment.pressSequentially('Thank you @Le');
  await expect(panel.getByRole('button', { name: 'Mention Lena Lead' })).toBeVisible();
  await comment.press('Enter');
  await expect(comment).toHaveValue('Thank you @Lena Lead ');
  await expect(comment).toBeFocused();

  // A name nobody has: said before it goes, then sent only when asked again.
  await comment.pressSequentially('and @Lenna for the buses.');
  await comment.press('Control+Enter');
  const warning = panel.getByRole('alert').filter({ hasText: 'Nobody in this project is called “@Lenna”' });
  await expect(warning).toBeVisible();
  await expectNoAxeViolations(page, 'comment with an @name that matches nobody');
  await shot(page, 'mention-unmatched-1280');
  await expect(panel.getByRole('article')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Send anyway' }).click();
  await expect(panel.getByRole('article', { name: /Comment by Ada Lovelace on the whole document/ })).toBeVisible();

  // Lena was mentioned by the name chosen with Enter, so she is told.
  await lena.page.goto('/inbox');
  await expect(lena.page.getByText('Ada Lovelace mentioned you').first()).toBeVisible();
});
