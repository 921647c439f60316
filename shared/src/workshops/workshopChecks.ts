import { isSafeLink } from '../schema/isSafeLink.ts';

/** Whether Intl knows the time zone, so weekdays and times of day can be worked out in it. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A link people follow to join a meeting: a whole web address (http or https), never a
 * relative one, never anything that could run script, with nothing hidden in it.
 */
export function isMeetingLink(link: string): boolean {
  // Control characters and spaces would be dropped or changed by the browser, so the link would not be what was shown.
  const hidden = Array.from(link).some((char) => {
    const code = char.charCodeAt(0);
    return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || /\s/.test(char);
  });
  if (hidden || !isSafeLink(link)) return false;
  try {
    const url = new URL(link);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
