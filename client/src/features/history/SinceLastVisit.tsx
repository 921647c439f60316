import { useState } from 'react';
import { useSinceLastVisitQuery } from '../../api/useSinceLastVisitQuery.ts';
import { Icon } from '../../components/Icon.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { sectionName } from '../../format/sectionName.ts';
import { describeWordChange } from './describeWordChange.ts';
import { HistoryPeople } from './HistoryPeople.ts';
import { sinceLastVisitSummary } from './sinceLastVisitSummary.ts';

interface SinceLastVisitProps {
  projectId: string;
  documentId: string;
  onJump: (section: string) => void;
}

const HEADING_ID = 'since-last-visit-heading';

/**
 * For someone coming back: who changed which sections since they last had the document
 * open, and how much, with a way to each section. Nothing on a first visit, or when
 * nobody else has changed anything.
 */
export function SinceLastVisit({ projectId, documentId, onJump }: SinceLastVisitProps) {
  const query = useSinceLastVisitQuery(projectId, documentId);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || query.isPending) return null;
  if (query.isError) {
    return (
      <p className="since-last-visit since-last-visit--error small">
        <Icon name="alert" size={18} />
        <span>We could not check what changed since your last visit.</span>
        <button type="button" className="button button--quiet button--small" onClick={() => void query.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  const { lastVisitAt, sessions, people: named } = query.data;
  if (lastVisitAt === null || sessions.length === 0) return null;
  const people = new HistoryPeople(named);
  const summary = sinceLastVisitSummary(sessions);

  return (
    <section className="since-last-visit" aria-labelledby={HEADING_ID}>
      <div className="since-last-visit__header">
        <h2 id={HEADING_ID} className="since-last-visit__title">
          Since your last visit
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={() => setDismissed(true)}>
          Hide summary
        </button>
      </div>
      <p className="since-last-visit__intro">
        You last had this document open on {formatDateTime(lastVisitAt)}. Since then:
      </p>
      <ul className="since-last-visit__list">
        {summary.map((entry) => (
          <li key={entry.key} className="since-last-visit__item">
            <p className="since-last-visit__who">
              <strong>{people.attribution(entry.credit)}</strong>
              {people.creditedPerspective(entry.credit) ? (
                <span className="muted"> ({people.creditedPerspective(entry.credit)})</span>
              ) : null}{' '}
              — {describeWordChange(entry)}
              {entry.sessions > 1 ? `, in ${entry.sessions} sessions` : ''}.
            </p>
            {entry.sections.length > 0 ? (
              <ul className="since-last-visit__sections" aria-label="Sections changed">
                {entry.sections.map((section) => (
                  <li key={section}>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => onJump(section)}
                    >
                      Go to “{sectionName(section)}”
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
