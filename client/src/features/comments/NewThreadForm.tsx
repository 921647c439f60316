import { CommentComposer } from './CommentComposer.tsx';
import { NEW_COMMENT_FIELD_ID } from './commentElementIds.ts';
import { quoteText } from './quoteText.ts';
import type { DocumentComments } from './useDocumentComments.ts';

/** The comment being started, on the selected words or the whole document, before it is sent. */
export function NewThreadForm({ comments }: { comments: DocumentComments }) {
  const { draft } = comments;
  if (!draft) return null;
  return (
    <div className="new-thread">
      <CommentComposer
        id={NEW_COMMENT_FIELD_ID}
        label="Your comment"
        value={draft.body}
        onChange={comments.setDraftBody}
        sendLabel="Send comment"
        people={comments.candidates}
        onSend={comments.sendDraft}
        onCancel={comments.cancelDraft}
        context={
          <p className="new-thread__on">
            {draft.anchor === 'document' || draft.quote === null ? (
              'On the whole document'
            ) : (
              <>
                On <q className="new-thread__quote">{quoteText(draft.quote).slice(1, -1)}</q>
              </>
            )}
            {draft.anchorRemoved ? (
              <span className="new-thread__warning">
                {' '}
                The highlight on these words was taken away because the comment could not be sent.
              </span>
            ) : null}
          </p>
        }
      />
    </div>
  );
}
