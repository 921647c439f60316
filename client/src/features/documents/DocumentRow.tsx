import type { DocumentSummary } from '@roundtable/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon.tsx';
import { formatDate } from '../../format/formatDate.ts';

interface DocumentRowProps {
  projectId: string;
  document: DocumentSummary;
  /** A lead's buttons for this document, if any. */
  actions?: ReactNode;
}

/** One document in a project's list: open or archived, with when that last changed. */
export function DocumentRow({ projectId, document, actions }: DocumentRowProps) {
  const archived = document.archivedAt !== null;
  return (
    <li className={archived ? 'row row--archived' : 'row'}>
      <Icon name={archived ? 'archive' : 'document'} />
      <div className="row__main">
        <Link className="row__title" to={`/projects/${projectId}/documents/${document.id}`}>
          {document.title}
        </Link>
        <p className="row__meta">
          {archived
            ? `Archived ${formatDate(document.archivedAt ?? document.updatedAt)}`
            : `Last changed ${formatDate(document.updatedAt)}`}
        </p>
      </div>
      {actions ? <div className="row__actions">{actions}</div> : null}
    </li>
  );
}
