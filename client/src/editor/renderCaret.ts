/** Marks other people's carets with who they belong to, so a redrawn caret is known again. */
export const CARET_KEY_ATTRIBUTE = 'data-caret-key';

/** Longest short name shown on a still caret's tab; longer first names are cut with an ellipsis. */
const SHORT_NAME_MAX = 12;

/** What a still caret's small tab says: the first name, so it still names the person. */
export function shortName(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? '';
  const letters = Array.from(first);
  return letters.length > SHORT_NAME_MAX ? `${letters.slice(0, SHORT_NAME_MAX - 1).join('')}…` : first;
}

function textSpan(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

/**
 * Draws another person's caret: a thin bar in their colour with their name on a label.
 * The palette keeps white text readable; the name is the cue, never the colour alone.
 * The label holds the full name and a short one; the styles show the short one once the
 * caret has been still for a while (see CaretIdleness). Hidden from screen readers, which
 * hear who is where from "Who is here" instead of names spoken in the middle of the text.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : '#1d4ed8';
  const name = typeof user.name === 'string' ? user.name : 'Someone';
  const key = typeof user.id === 'string' ? user.id : name;

  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.setAttribute(CARET_KEY_ATTRIBUTE, key);
  caret.style.borderColor = color;

  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.append(textSpan('collaboration-carets__name', name));
  const short = shortName(name);
  if (short !== name) label.append(textSpan('collaboration-carets__short', short));
  caret.append(label);
  return caret;
}
