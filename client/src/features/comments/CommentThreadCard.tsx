import type { CommentPerson, CommentThread, MentionCandidate } from '@roundtable/shared';
import { Icon } from '../../components/Icon.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { CommentComposer } from './CommentComposer.tsx';
import { useCommentDraft } from './CommentDrafts.tsx';
import { CommentItem } from './CommentItem.tsx';
import { threadElementId } from './commentElementIds.ts';
import { describeThread } from './describeThread.ts';
import { personName } from './personName.ts';
import { commentSectionName, quoteText } from './quoteText.ts';
import { useCommentMutations } from './useCommentMutations.ts';

interface CommentThreadCardProps {
  projectId: string;
  documentId: string;
  thread: CommentThread;
  people: readonly CommentPerson[];
  candidates: readonly MentionCandidate[];
  myId: string;
  active: boolean;
  /** Its words are no longer in the document. */
  removed: boolean;
  headingLevel: 3 | 4;
  /** Null when there are no words to go to. */
  onGoToText: (() => void) | null;
  onStatus: (message: string) => void;
  /** After resolving or reopening, when the filters may now hide the thread. */
  onStatusChanged: (thread: CommentThread) => void;
}

/** One conversation: the words it is on, its comments, and replying, resolving and reopening. */
export function CommentThreadCard({
  projectId,
  documentId,
  thread,
  people,
  candidates,
  myId,
  active,
  removed,
  headingLevel,
  onGoToText,
  onStatus,
  onStatusChanged,
}: CommentThreadCardProps) {
  const mutations = useCommentMutations(projectId, documentId);
  const [reply, setReply] = useCommentDraft(`reply:${thread.id}`);
  const replying = reply.open;
  const resolved = thread.resolvedAt !== null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const replyId = `reply-${thread.id}`;
  const statusChange = resolved ? mutations.reopen : mutations.resolve;
  const classes = ['comment-thread', active ? 'comment-thread--active' : '', resolved ? 'comment-thread--resolved' : '']
    .filter(Boolean)
    .join(' ');

  const toggleResolved = () =>
    statusChange.mutate(thread.id, {
      onSuccess: ({ thread: changed }) => {
        onStatus(
          changed.resolvedAt
            ? 'Comment resolved. Resolved comments are listed under Show: Resolved.'
            : 'Comment reopened.',
        );
        onStatusChanged(changed);
      },
    });

  // The reply box goes away with the focus in it: give the focus back to Reply.
  const stopReplying = () => {
    setReply({ open: false });
    requestAnimationFrame(() => document.getElementById(`${replyId}-start`)?.focus());
  };

  return (
    <article
      id={threadElementId(thread.id)}
      className={classes}
      tabIndex={-1}
      aria-label={describeThread(thread, people)}
    >
      <Heading className="comment-thread__title">
        {thread.anchor === 'document' || thread.quote === null ? 'Whole document' : quoteText(thread.quote)}
      </Heading>
      <p className="comment-thread__where">
        {thread.anchor === 'document' ? 'On the whole document' : `In ${commentSectionName(thread.section)}`}
        {removed ? <span className="tag tag--small tag--quiet">On removed text</span> : null}
        <span className={resolved ? 'tag tag--small tag--quiet' : 'tag tag--small'}>
          {resolved ? 'Resolved' : 'Open'}
        </span>
      </p>
      <ol className="comment-thread__comments">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            people={people}
            candidates={candidates}
            myId={myId}
            mutations={mutations}
          />
        ))}
      </ol>
      {resolved && thread.resolvedAt ? (
        <p className="comment-thread__resolved">
          <Icon name="check" size={18} />
          <span>
            Resolved by {thread.resolvedById ? personName(people, thread.resolvedById) : 'someone'} on{' '}
            {formatDateTime(thread.resolvedAt)}
          </span>
        </p>
      ) : null}
      {statusChange.error ? (
        <p className="inline-error" role="alert">
          {statusChange.error.message}
        </p>
      ) : null}
      {replying ? (
        <CommentComposer
          id={replyId}
          label="Your reply"
          value={reply.text}
          onChange={(text) => setReply({ text })}
          sendLabel="Send reply"
          people={candidates}
          onSend={async (body) => {
            await mutations.reply.mutateAsync({ threadId: thread.id, body });
            setReply({ text: '' });
            stopReplying();
            onStatus('Reply sent.');
          }}
          onCancel={stopReplying}
        />
      ) : null}
      <div className="comment-thread__actions">
        {replying ? null : (
          <button
            type="button"
            id={`${replyId}-start`}
            className="button button--secondary button--small"
            onClick={() => {
              setReply({ open: true });
              requestAnimationFrame(() => document.getElementById(replyId)?.focus());
            }}
          >
            Reply
          </button>
        )}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-disabled={statusChange.isPending}
          onClick={() => {
            if (!statusChange.isPending) toggleResolved();
          }}
        >
          {resolved ? 'Reopen' : 'Resolve'}
        </button>
        {onGoToText ? (
          <button type="button" className="button button--quiet button--small" onClick={onGoToText}>
            Go to text
          </button>
        ) : null}
      </div>
    </article>
  );
}
