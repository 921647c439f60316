import type { DocumentVersion } from '@roundtable/shared';
import type { RefObject } from 'react';
import { AuthorshipView } from './AuthorshipView.tsx';
import { CompareView } from './CompareView.tsx';
import type { DocumentView } from './DocumentView.ts';
import { VersionView } from './VersionView.tsx';

interface HistoryViewProps {
  view: Exclude<DocumentView, { kind: 'editing' }>;
  projectId: string;
  documentId: string;
  title: string;
  canRestore: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChangeView: (view: DocumentView) => void;
  onRestore: (version: DocumentVersion) => void;
  /** Exports a version; null for people who cannot export (only leads can). */
  onExport: ((versionId: string) => void) | null;
}

/** The read-only view shown in place of the editor: who wrote what, a version, or a comparison. */
export function HistoryView({
  view,
  projectId,
  documentId,
  title,
  canRestore,
  headingRef,
  onChangeView,
  onRestore,
  onExport,
}: HistoryViewProps) {
  const back = () => onChangeView({ kind: 'editing' });
  switch (view.kind) {
    case 'authorship':
      return (
        <AuthorshipView
          projectId={projectId}
          documentId={documentId}
          title={title}
          headingRef={headingRef}
          onBack={back}
        />
      );
    case 'version':
      return (
        <VersionView
          key={view.versionId}
          projectId={projectId}
          documentId={documentId}
          versionId={view.versionId}
          canRestore={canRestore}
          headingRef={headingRef}
          onBack={back}
          onCompareWithNow={() => onChangeView({ kind: 'compare', from: view.versionId, to: 'current' })}
          onRestore={onRestore}
          onExport={onExport ? () => onExport(view.versionId) : null}
        />
      );
    case 'compare':
      return (
        <CompareView
          projectId={projectId}
          documentId={documentId}
          from={view.from}
          to={view.to}
          headingRef={headingRef}
          onBack={back}
        />
      );
  }
}
