import type { DocumentVersion } from '@roundtable/shared';
import { formatDateTime } from '../../format/formatDateTime.ts';
import type { HistoryPeople } from './HistoryPeople.ts';
import { versionKindLabel } from './versionKindLabel.ts';

interface VersionListProps {
  versions: readonly DocumentVersion[];
  people: HistoryPeople;
  canRestore: boolean;
  onOpen: (version: DocumentVersion) => void;
  onCompareWithNow: (version: DocumentVersion) => void;
  onRestore: (version: DocumentVersion) => void;
}

/** Every saved version, newest first, each with ways to read it, compare it with now, or go back to it. */
export function VersionList({ versions, people, canRestore, onOpen, onCompareWithNow, onRestore }: VersionListProps) {
  if (versions.length === 0) {
    return (
      <p className="empty-state">
        No versions yet. Name one above, and Roundtable also saves versions by itself as people write.
      </p>
    );
  }
  return (
    <ol className="version-list">
      {versions.map((version) => (
        <li key={version.id} className={`version version--${version.kind}`}>
          <p className="version__name">{version.name}</p>
          <p className="version__meta">
            {versionKindLabel(version, people)}
            <span aria-hidden="true"> · </span>
            <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
          </p>
          <div className="version__actions">
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Open ${version.name}`}
              onClick={() => onOpen(version)}
            >
              Open
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Compare ${version.name} with now`}
              onClick={() => onCompareWithNow(version)}
            >
              Compare with now
            </button>
            {canRestore ? (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Restore ${version.name}`}
                aria-haspopup="dialog"
                onClick={() => onRestore(version)}
              >
                Restore
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
