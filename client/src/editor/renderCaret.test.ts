import { describe, expect, it } from 'vitest';
import { CARET_KEY_ATTRIBUTE, renderCaret, shortName } from './renderCaret.ts';

describe('shortName', () => {
  it('keeps the first name', () => {
    expect(shortName('Sam Okafor')).toBe('Sam');
    expect(shortName('  Mo   Carer ')).toBe('Mo');
    expect(shortName('Lena')).toBe('Lena');
  });

  it('cuts a very long first name, saying so with an ellipsis', () => {
    expect(shortName('Bartholomew-Alexander Smith')).toBe('Bartholomew…');
  });
});

describe('renderCaret', () => {
  it('names the person on the label, hidden from screen readers, and marks whose caret it is', () => {
    const caret = renderCaret({ id: 'u-sam', name: 'Sam Okafor', color: '#7c3aed' });
    expect(caret.getAttribute('aria-hidden')).toBe('true');
    expect(caret.getAttribute(CARET_KEY_ATTRIBUTE)).toBe('u-sam');
    const label = caret.querySelector('.collaboration-carets__label');
    expect(label?.querySelector('.collaboration-carets__name')?.textContent).toBe('Sam Okafor');
    expect(label?.querySelector('.collaboration-carets__short')?.textContent).toBe('Sam');
  });

  it('has no separate short name when the name is already short', () => {
    const caret = renderCaret({ id: 'u-lena', name: 'Lena', color: '#7c3aed' });
    expect(caret.querySelector('.collaboration-carets__short')).toBeNull();
  });
});
