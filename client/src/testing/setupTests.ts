import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without Vitest globals, Testing Library cannot register its own clean-up.
afterEach(cleanup);

// jsdom has no CSS.escape, which React Aria's dialogs use to look up a CSP nonce.
if (typeof globalThis.CSS === 'undefined' || typeof globalThis.CSS.escape !== 'function') {
  const escapeIdentifier = (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);
  Object.defineProperty(globalThis, 'CSS', {
    value: { ...globalThis.CSS, escape: escapeIdentifier },
    configurable: true,
  });
}
