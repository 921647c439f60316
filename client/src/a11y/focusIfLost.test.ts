import { afterEach, describe, expect, it } from 'vitest';
import { focusIfLost } from './focusIfLost.ts';

function build() {
  document.body.innerHTML = `
    <div id="alert" tabindex="-1">Editing has stopped</div>
    <div id="region"><div id="editor" contenteditable="true"></div><button id="bold">Bold</button></div>
    <textarea id="elsewhere"></textarea>`;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  return { alert: byId('alert'), region: byId('region'), editor: byId('editor'), elsewhere: byId('elsewhere') };
}

describe('focusIfLost', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('takes focus from the region that is going away', () => {
    const { alert, region, editor } = build();
    editor.focus();
    focusIfLost(alert, region);
    expect(document.activeElement).toBe(alert);
  });

  it('takes focus when the focused element has been removed', () => {
    const { alert, region } = build();
    document.getElementById('bold')?.focus();
    region.remove();
    expect(document.activeElement).toBe(document.body);
    focusIfLost(alert, null);
    expect(document.activeElement).toBe(alert);
  });

  it('leaves someone busy elsewhere where they are', () => {
    const { alert, region, elsewhere } = build();
    elsewhere.focus();
    focusIfLost(alert, region);
    expect(document.activeElement).toBe(elsewhere);
  });
});
