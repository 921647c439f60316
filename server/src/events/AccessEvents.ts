import { EventEmitter } from 'node:events';

/**
 * Moments when someone loses access, so that open connections can be closed at once.
 * Services emit; the collaboration layer listens. Neither knows about the other.
 */
interface AccessEventMap {
  membershipEnded: [{ projectId: string; userId: string }];
  sessionEnded: [{ tokenHash: string }];
}

export class AccessEvents extends EventEmitter<AccessEventMap> {}
