import type { DocumentVersion } from '@roundtable/shared';
import type { ReactNode, RefObject } from 'react';
import type { ConnectionState } from '../../collaboration/connectionState.ts';
import type { PresentPerson } from '../../collaboration/PresentPerson.ts';
import { HistoryView } from '../history/HistoryView.tsx';
import { SinceLastVisit } from '../history/SinceLastVisit.tsx';
import type { DocumentViews } from '../history/useDocumentViews.ts';
import { PresenceSummary } from '../presence/PresenceSummary.tsx';

interface DocumentMainColumnProps {
  projectId: string;
  documentId: string;
  title: string;
  /** Where the editor and its toolbar are. */
  editingRegion: RefObject<HTMLDivElement | null>;
  people: PresentPerson[];
  connectionState: ConnectionState;
  views: Pick<DocumentViews, 'view' | 'setView' | 'viewHeading' | 'jumpTo'>;
  canRestore: boolean;
  onRestore: (version: DocumentVersion) => void;
  /** Exports a version; null for people who cannot export (only leads can). */
  onExport: ((version: string) => void) | null;
  /** The bar that stays in view (see DocumentBar). */
  bar: ReactNode;
  /** The live text (see LiveDocumentText), hidden while a view from the history stands in for it. */
  text: ReactNode;
}

/** The column with the text: what changed since the last visit, who is here, the bar, and the text or a view from its history. */
export function DocumentMainColumn({
  projectId,
  documentId,
  title,
  editingRegion,
  people,
  connectionState,
  views,
  canRestore,
  onRestore,
  onExport,
  bar,
  text,
}: DocumentMainColumnProps) {
  const { view } = views;
  return (
    <div className="document-layout__main" ref={editingRegion}>
      <SinceLastVisit projectId={projectId} documentId={documentId} onJump={views.jumpTo} />
      <PresenceSummary people={people} connectionState={connectionState} />
      {bar}
      {view.kind === 'editing' ? null : (
        <HistoryView
          view={view}
          projectId={projectId}
          documentId={documentId}
          title={title}
          canRestore={canRestore}
          headingRef={views.viewHeading}
          onChangeView={views.setView}
          onRestore={onRestore}
          onExport={onExport}
        />
      )}
      <div hidden={view.kind !== 'editing'}>{text}</div>
    </div>
  );
}
