const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Raise or lower your hand from anywhere on the page, typing included. Alt+Shift+H
 * (Control+Shift+H on a Mac, where Option+Shift+H types a character) is taken by neither
 * the editor, the browsers, nor the main screen readers.
 */
export const raiseHandShortcut = {
  /** As written in aria-keyshortcuts. */
  keys: isMac ? 'Control+Shift+H' : 'Alt+Shift+H',
  /** As shown to people. */
  hint: isMac ? 'Control+Shift+H' : 'Alt+Shift+H',
  matches(event: KeyboardEvent): boolean {
    if (event.code !== 'KeyH' || !event.shiftKey || event.metaKey || event.repeat) return false;
    return isMac ? event.ctrlKey && !event.altKey : event.altKey && !event.ctrlKey;
  },
};
