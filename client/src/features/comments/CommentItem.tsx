import type { CommentPerson, CommentView, MentionCandidate } from '@roundtable/shared';
import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { CommentComposer } from './CommentComposer.tsx';
import { useCommentDraft } from './CommentDrafts.tsx';
import { CommentText } from './CommentText.tsx';
import { personName } from './personName.ts';
import type { useCommentMutations } from './useCommentMutations.ts';

interface CommentItemProps {
  comment: CommentView;
  people: readonly CommentPerson[];
  candidates: readonly MentionCandidate[];
  myId: string;
  mutations: ReturnType<typeof useCommentMutations>;
}

const commentElementId = (commentId: string) => `comment-${commentId}`;

/** One comment in a thread: who, when, what they wrote; its author may edit or delete it. */
export function CommentItem({ comment, people, candidates, myId, mutations }: CommentItemProps) {
  const [edit, setEdit] = useCommentDraft(`edit:${comment.id}`);
  const editing = edit.open;
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const isMine = comment.authorId === myId;
  const deleted = comment.deletedAt !== null;
  // Mentions are picked out for members and for anyone the thread names.
  const mentionable = [...candidates, ...people];

  const finishEditing = () => {
    setEdit({ open: false, text: '' });
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li className="comment" id={commentElementId(comment.id)} tabIndex={-1}>
      <p className="comment__meta">
        <strong className="comment__author">{personName(people, comment.authorId)}</strong>
        {isMine ? <span className="muted"> (you)</span> : null}
        <span className="comment__time muted">
          {' '}
          <RelativeTime iso={comment.createdAt} />
          {comment.editedAt && !deleted ? ' (edited)' : ''}
        </span>
      </p>
      {deleted ? (
        <p className="comment__deleted">This comment was deleted</p>
      ) : editing ? (
        <CommentComposer
          id={`edit-${comment.id}`}
          label="Edit your comment"
          value={edit.text}
          onChange={(text) => setEdit({ text })}
          sendLabel="Save changes"
          people={candidates}
          onSend={async (body) => {
            await mutations.edit.mutateAsync({ commentId: comment.id, body });
            finishEditing();
          }}
          onCancel={finishEditing}
        />
      ) : (
        <CommentText text={comment.body} people={mentionable} />
      )}
      {isMine && !deleted && !editing ? (
        <div className="comment__actions">
          <button
            type="button"
            ref={editButton}
            className="button button--quiet button--small"
            aria-label="Edit your comment"
            onClick={() => {
              setEdit({ open: true, text: comment.body });
              requestAnimationFrame(() => document.getElementById(`edit-${comment.id}`)?.focus());
            }}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-haspopup="dialog"
            aria-label="Delete your comment"
            onClick={() => {
              mutations.remove.reset();
              setConfirmingDelete(true);
            }}
          >
            Delete
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={confirmingDelete}
        onOpenChange={setConfirmingDelete}
        title="Delete your comment?"
        confirmLabel="Delete comment"
        isPending={mutations.remove.isPending}
        error={mutations.remove.error?.message}
        onConfirm={() =>
          mutations.remove.mutate(comment, {
            onSuccess: () => {
              setConfirmingDelete(false);
              // The Delete button is gone with the text; the comment itself keeps focus in the thread.
              requestAnimationFrame(() => document.getElementById(commentElementId(comment.id))?.focus());
            },
          })
        }
      >
        <p>Everyone will see “This comment was deleted” in its place. You cannot undo this.</p>
      </ConfirmDialog>
    </li>
  );
}
