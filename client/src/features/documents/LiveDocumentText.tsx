import type { Editor as TiptapEditor } from '@tiptap/core';
import type { Collaboration } from '../../collaboration/Collaboration.ts';
import type { NoticeMessage } from '../../components/LiveNotice.tsx';
import { Editor, type JumpRequest } from '../../editor/Editor.tsx';
import { sectionName } from '../../format/sectionName.ts';
import { CommentAnchorDescriptions } from '../comments/CommentAnchorDescriptions.tsx';
import type { DocumentComments } from '../comments/useDocumentComments.ts';

interface LiveDocumentTextProps {
  collaboration: Pick<Collaboration, 'session' | 'contentReady' | 'stopReason' | 'setActivity'>;
  title: string;
  editable: boolean;
  toolbarContainer: HTMLElement | null;
  jumpRequest: JumpRequest | null;
  onEditorReady: (editor: TiptapEditor | null) => void;
  comments: Pick<DocumentComments, 'threads' | 'people' | 'draft' | 'startTextComment' | 'moveToComment'>;
  onNotice: (message: NoticeMessage) => void;
}

/** The live text itself, once it can be shown, with what screen readers are told about its commented words. */
export function LiveDocumentText({
  collaboration,
  title,
  editable,
  toolbarContainer,
  jumpRequest,
  onEditorReady,
  comments,
  onNotice,
}: LiveDocumentTextProps) {
  return (
    <>
      {!collaboration.contentReady && !collaboration.stopReason ? (
        <p className="muted small" aria-hidden="true">
          Opening the document…
        </p>
      ) : null}
      {/* Stopped before any content arrived, there is nothing to show: only an empty box. */}
      {collaboration.session && (collaboration.contentReady || !collaboration.stopReason) ? (
        <Editor
          session={collaboration.session}
          title={title}
          editable={editable}
          onActivity={collaboration.setActivity}
          toolbarContainer={toolbarContainer}
          jumpRequest={jumpRequest}
          onReady={onEditorReady}
          onRequestComment={comments.startTextComment}
          onMoveToComment={(direction) => comments.moveToComment(direction, 'editor')}
          onJumped={(request, found) => {
            if (!found)
              onNotice({
                text: `“${sectionName(request.section)}” is no longer a heading in the document.`,
                tone: 'error',
              });
          }}
        />
      ) : null}
      <CommentAnchorDescriptions
        threads={comments.threads}
        people={comments.people}
        draftId={comments.draft?.anchor === 'text' ? comments.draft.id : null}
      />
    </>
  );
}
