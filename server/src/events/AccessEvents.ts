import { EventEmitter } from 'node:events';

/**
 * Moments when someone's access changes (removal, signing out, archiving), so that open connections can be closed at once.
 * Services emit; the collaboration layer listens. Neither knows about the other.
 */
interface AccessEventMap {
  membershipEnded: [{ projectId: string; userId: string }];
  sessionEnded: [{ tokenHash: string }];
  /** A member changed how they describe their perspective, which others see beside their name. */
  perspectiveChanged: [{ projectId: string; userId: string }];
  /** A document's details (its title) changed; people with it open should see them. */
  documentDetailsChanged: [{ documentName: string }];
  /** A document was archived or restored: what people may do with it changed. */
  documentAccessChanged: [{ documentName: string }];
}

export class AccessEvents extends EventEmitter<AccessEventMap> {}
