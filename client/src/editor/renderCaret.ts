/**
 * Draws another person's caret: a thin bar in their colour with their name on a label.
 * The palette keeps white text readable; the name is the cue, never the colour alone.
 * Hidden from screen readers, which hear who is where from "Who is here" instead of
 * names spoken in the middle of the text.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : '#1d4ed8';
  const name = typeof user.name === 'string' ? user.name : 'Someone';

  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;

  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.textContent = name;
  caret.append(label);
  return caret;
}
