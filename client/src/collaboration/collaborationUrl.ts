import { COLLABORATION_PATH } from '@roundtable/shared';

/** The websocket lives beside the page, so the session cookie goes with it. */
export function collaborationUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${COLLABORATION_PATH}`;
}
