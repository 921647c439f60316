import type { DocumentVersion } from '@roundtable/shared';
import type { RefObject } from 'react';
import { useVersionContentQuery } from '../../api/useVersionContentQuery.ts';
import { useVersionsQuery } from '../../api/useVersionsQuery.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { HistoryPeople } from './HistoryPeople.ts';
import { RenderedDocument } from './RenderedDocument.tsx';
import { ViewBanner } from './ViewBanner.tsx';
import { versionKindLabel } from './versionKindLabel.ts';

interface VersionViewProps {
  projectId: string;
  documentId: string;
  versionId: string;
  canRestore: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
  onCompareWithNow: () => void;
  onRestore: (version: DocumentVersion) => void;
  /** Null for people who cannot export (only leads can). */
  onExport: (() => void) | null;
}

/** One saved version, read-only, with ways to compare it with now or go back to it. */
export function VersionView({
  projectId,
  documentId,
  versionId,
  canRestore,
  headingRef,
  onBack,
  onCompareWithNow,
  onRestore,
  onExport,
}: VersionViewProps) {
  const query = useVersionContentQuery(projectId, documentId, versionId);
  const versions = useVersionsQuery(projectId, documentId);
  const people = new HistoryPeople(versions.data?.people ?? []);
  const version = query.data?.version;
  return (
    <div className="history-view">
      <ViewBanner
        title={version ? `Version: ${version.name}` : 'Version'}
        headingRef={headingRef}
        onBack={onBack}
        actions={
          version ? (
            <>
              <button type="button" className="button button--secondary button--small" onClick={onCompareWithNow}>
                Compare with now
              </button>
              {canRestore ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-haspopup="dialog"
                  onClick={() => onRestore(version)}
                >
                  Restore this version
                </button>
              ) : null}
              {onExport ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-haspopup="dialog"
                  onClick={onExport}
                >
                  Export this version
                </button>
              ) : null}
            </>
          ) : null
        }
      >
        <p>
          {version
            ? `Saved on ${formatDateTime(version.createdAt)}. ${versionKindLabel(version, people)}. You can read it here, but not edit it.`
            : 'You are reading an earlier version. It cannot be edited.'}
        </p>
      </ViewBanner>
      <QueryState
        what="this version"
        isPending={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
      >
        {query.data ? (
          <RenderedDocument
            content={query.data.content}
            people={people}
            label={`Version: ${query.data.version.name}`}
          />
        ) : null}
      </QueryState>
    </div>
  );
}
