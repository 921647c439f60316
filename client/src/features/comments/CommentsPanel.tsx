import type { CommentThread } from '@roundtable/shared';
import type { KeyboardEvent } from 'react';
import { useTouchOnly } from '../../a11y/useTouchOnly.ts';
import { Icon } from '../../components/Icon.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { commentShortcut, nextCommentShortcut, previousCommentShortcut } from '../../editor/toolbarActions.ts';
import { CommentFilters } from './CommentFilters.tsx';
import { CommentThreadCard } from './CommentThreadCard.tsx';
import { COMMENTS_HEADING_ID, WHOLE_DOCUMENT_BUTTON_ID } from './commentElementIds.ts';
import { filterThreads } from './filterThreads.ts';
import { NewThreadForm } from './NewThreadForm.tsx';
import { orderThreads } from './orderThreads.ts';
import type { DocumentComments } from './useDocumentComments.ts';

export const COMMENTS_PANEL_ID = 'comments-panel';
const HELP_ID = 'comments-panel-help';

interface CommentsPanelProps {
  projectId: string;
  documentId: string;
  myId: string;
  comments: DocumentComments;
  /** Commenting on the whole document is possible (not archived, still a member). */
  canComment: boolean;
}

const distinct = <T,>(values: T[]) => [...new Set(values)];

/**
 * The document's comment threads beside the text (above it on a phone), in the order the
 * document reads, with those on removed words kept in a group of their own.
 */
function noOpenComments(resolved: number): string {
  return resolved === 1
    ? 'No open comments here. 1 comment is resolved.'
    : `No open comments here. ${resolved} comments are resolved.`;
}

export function CommentsPanel({ projectId, documentId, myId, comments, canComment }: CommentsPanelProps) {
  const { query, threads, people, candidates, anchors, draft, filters } = comments;
  const touchOnly = useTouchOnly();
  const ordered = orderThreads(threads, anchors);
  const shownOnDocument = filterThreads(ordered.onDocument, filters, myId);
  const shownRemoved = filterThreads(ordered.onRemovedText, filters, myId);
  const allOrdered = [...ordered.onDocument, ...ordered.onRemovedText];
  const personIds = distinct(allOrdered.flatMap((thread) => thread.comments.map((comment) => comment.authorId)));
  const sections = distinct(allOrdered.map((thread) => thread.section));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
    event.preventDefault();
    comments.moveToComment(event.key === 'PageDown' ? 1 : -1, 'panel');
  };

  // Resolved threads that only the Open filter hides: said where the list would be, so they never seem to vanish.
  const hiddenResolved =
    filters.status === 'open' ? filterThreads(allOrdered, { ...filters, status: 'resolved' }, myId).length : 0;

  const onStatusChanged = (thread: CommentThread) => {
    // Resolved threads leave the "Open" list and reopened ones the "Resolved" list; focus must not be lost with them.
    if (filterThreads([thread], filters, myId).length === 0) comments.focusElement(COMMENTS_HEADING_ID);
  };

  const card = (thread: CommentThread, removed: boolean) => (
    <li key={thread.id}>
      <CommentThreadCard
        projectId={projectId}
        documentId={documentId}
        thread={thread}
        people={people}
        candidates={candidates}
        myId={myId}
        active={comments.activeThreadId === thread.id}
        removed={removed}
        headingLevel={removed ? 4 : 3}
        onGoToText={thread.anchor === 'text' && !removed ? () => comments.goToText(thread.id) : null}
        onStatus={comments.setStatus}
        onStatusChanged={onStatusChanged}
      />
    </li>
  );

  return (
    <section
      id={COMMENTS_PANEL_ID}
      className="side-panel comments-panel"
      aria-labelledby={COMMENTS_HEADING_ID}
      aria-describedby={HELP_ID}
      onKeyDown={onKeyDown}
    >
      <div className="side-panel__header">
        <h2 id={COMMENTS_HEADING_ID} className="side-panel__title" tabIndex={-1}>
          Comments
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={comments.togglePanel}>
          <Icon name="close" size={18} />
          Close comments
        </button>
      </div>
      <div id={HELP_ID} className="comments-panel__help">
        <p>To comment on some words, select them and choose Comment.</p>
        {touchOnly ? null : (
          <details className="comments-panel__shortcuts">
            <summary>Keyboard shortcuts</summary>
            <p>
              {commentShortcut.shortcutHint} comments on the selected words. {nextCommentShortcut.shortcutHint} and{' '}
              {previousCommentShortcut.shortcutHint} move to the next and previous commented words and open their
              comments.
            </p>
          </details>
        )}
      </div>
      <p role="status" className="comments-panel__status">
        {comments.status ? (
          <>
            <Icon name="check" size={18} />
            <span>{comments.status}</span>
          </>
        ) : null}
      </p>
      {canComment && !draft ? (
        <button
          type="button"
          id={WHOLE_DOCUMENT_BUTTON_ID}
          className="button button--secondary button--small"
          onClick={comments.startDocumentComment}
        >
          <Icon name="comment" size={18} />
          Comment on the whole document
        </button>
      ) : null}
      {draft ? <NewThreadForm comments={comments} /> : null}

      <QueryState what="comments" isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {threads.length === 0 ? (
          <p className="comments-panel__empty">
            No comments yet. Select some words and choose Comment, or comment on the whole document.
          </p>
        ) : (
          <>
            <CommentFilters
              filters={filters}
              onChange={comments.setFilters}
              personIds={personIds}
              people={people}
              sections={sections}
            />
            {shownOnDocument.length === 0 && shownRemoved.length === 0 ? (
              <div className="comments-panel__empty">
                <p>{hiddenResolved > 0 ? noOpenComments(hiddenResolved) : 'No comments match these filters.'}</p>
                {hiddenResolved > 0 ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => comments.setFilters({ ...filters, status: 'resolved' })}
                  >
                    Show resolved comments
                  </button>
                ) : null}
              </div>
            ) : null}
            {shownOnDocument.length > 0 ? (
              <ol className="comment-list" aria-label="Comments in document order">
                {shownOnDocument.map((thread) => card(thread, false))}
              </ol>
            ) : null}
            {shownRemoved.length > 0 ? (
              <section className="comment-list__removed" aria-labelledby="comments-removed-heading">
                <h3 id="comments-removed-heading" className="side-panel__subtitle">
                  On removed text
                </h3>
                <p className="small muted">
                  The words these comments were on have been taken out of the document. The words are shown as they
                  were.
                </p>
                <ol className="comment-list">{shownRemoved.map((thread) => card(thread, true))}</ol>
              </section>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
