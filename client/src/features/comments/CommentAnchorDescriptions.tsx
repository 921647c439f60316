import type { CommentPerson, CommentThread } from '@roundtable/shared';
import { commentDescriptionId } from '../../editor/CommentHighlight.ts';
import { describeThread } from './describeThread.ts';

interface CommentAnchorDescriptionsProps {
  threads: readonly CommentThread[];
  people: readonly CommentPerson[];
  /** The thread being written, whose words are highlighted before it exists on the server. */
  draftId: string | null;
}

/**
 * What highlighted words are described by (aria-describedby on the highlight): one line
 * per open thread, hidden from sight, so every reference the highlights make resolves.
 */
export function CommentAnchorDescriptions({ threads, people, draftId }: CommentAnchorDescriptionsProps) {
  return (
    <div hidden>
      {threads
        .filter((thread) => thread.resolvedAt === null)
        .map((thread) => (
          <span key={thread.id} id={commentDescriptionId(thread.id)}>
            {describeThread(thread, people)}
          </span>
        ))}
      {draftId ? <span id={commentDescriptionId(draftId)}>Your new comment, not sent yet</span> : null}
    </div>
  );
}
