import type { DocumentVersion } from '@roundtable/shared';
import { useVersionsQuery } from '../../api/useVersionsQuery.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { CompareForm } from './CompareForm.tsx';
import { HistoryPeople } from './HistoryPeople.ts';
import { NameVersionForm } from './NameVersionForm.tsx';
import { VersionList } from './VersionList.tsx';

interface VersionsTabProps {
  projectId: string;
  documentId: string;
  canRestore: boolean;
  onOpen: (versionId: string) => void;
  onCompare: (from: string, to: string) => void;
  onRestore: (version: DocumentVersion) => void;
}

/** Naming, reading, comparing and restoring versions: open to every member alike. */
export function VersionsTab({ projectId, documentId, canRestore, onOpen, onCompare, onRestore }: VersionsTabProps) {
  const query = useVersionsQuery(projectId, documentId);
  const versions = query.data?.versions ?? [];
  const people = new HistoryPeople(query.data?.people ?? []);
  return (
    <div className="versions">
      <NameVersionForm projectId={projectId} documentId={documentId} />
      <QueryState what="versions" isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {/* Keyed by the newest version, so its choices start from the latest after one is saved. */}
        <CompareForm key={versions[0]?.id ?? 'none'} versions={versions} onCompare={onCompare} />
        <h3 className="history-panel__subtitle">Saved versions</h3>
        <VersionList
          versions={versions}
          people={people}
          canRestore={canRestore}
          onOpen={(version) => onOpen(version.id)}
          onCompareWithNow={(version) => onCompare(version.id, 'current')}
          onRestore={onRestore}
        />
      </QueryState>
    </div>
  );
}
