import { creditKey } from '@roundtable/shared';
import type { RefObject } from 'react';
import { useCompareQuery } from '../../api/useCompareQuery.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { sectionName } from '../../format/sectionName.ts';
import { describeWordChange } from './describeWordChange.ts';
import { HistoryPeople } from './HistoryPeople.ts';
import { RenderedDocument } from './RenderedDocument.tsx';
import { ViewBanner } from './ViewBanner.tsx';

interface CompareViewProps {
  projectId: string;
  documentId: string;
  from: string;
  to: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
}

const side = (end: { versionId: string; name: string; createdAt: string }) =>
  end.versionId === 'current' ? 'now' : `“${end.name}” (${formatDateTime(end.createdAt)})`;

/** What changed between two versions, in place and attributed, with totals per section and per person. */
export function CompareView({ projectId, documentId, from, to, headingRef, onBack }: CompareViewProps) {
  const query = useCompareQuery(projectId, documentId, from, to);
  const data = query.data;
  const people = new HistoryPeople(data?.people ?? []);
  const changed = (tally: { wordsAdded: number; wordsRemoved: number }) => tally.wordsAdded + tally.wordsRemoved > 0;
  const bySection = (data?.bySection ?? []).filter(changed);
  const byPerson = (data?.byPerson ?? []).filter(changed);
  return (
    <div className="history-view">
      <ViewBanner title="Compare versions" headingRef={headingRef} onBack={onBack}>
        <p>
          {data
            ? `Changes from ${side(data.from)} to ${side(data.to)}. Added text is underlined, removed text is struck through, and each says who changed it.`
            : 'Finding what changed…'}
        </p>
      </ViewBanner>
      <QueryState
        what="the comparison"
        isPending={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
      >
        {data ? (
          <>
            {bySection.length === 0 ? (
              <p className="empty-state">Nothing changed between these two versions.</p>
            ) : (
              <div className="compare-summary">
                <section aria-labelledby="compare-by-section">
                  <h3 id="compare-by-section" className="compare-summary__title">
                    By section
                  </h3>
                  <ul className="compare-summary__list">
                    {bySection.map((entry) => (
                      <li key={entry.section}>
                        <span className="compare-summary__name">{sectionName(entry.section)}</span>
                        <span className="muted">{describeWordChange(entry)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
                <section aria-labelledby="compare-by-person">
                  <h3 id="compare-by-person" className="compare-summary__title">
                    By person
                  </h3>
                  <ul className="compare-summary__list">
                    {byPerson.map((entry) => (
                      <li key={creditKey(entry.credit)}>
                        <span className="compare-summary__name">{people.attribution(entry.credit)}</span>
                        <span className="muted">{describeWordChange(entry)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              </div>
            )}
            <RenderedDocument
              content={data.content}
              people={people}
              label={`Changes from ${side(data.from)} to ${side(data.to)}`}
            />
          </>
        ) : null}
      </QueryState>
    </div>
  );
}
