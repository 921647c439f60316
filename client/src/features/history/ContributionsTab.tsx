import { creditKey } from '@roundtable/shared';
import { useContributionsQuery } from '../../api/useContributionsQuery.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { AUTHOR_PATTERNS, colorForCredit, patternForCredit } from './authorStyle.ts';
import { formatShare } from './formatShare.ts';
import { HistoryPeople } from './HistoryPeople.ts';
import { perspectiveShareLabel } from './perspectiveShareLabel.ts';
import { type ShareBar, ShareChart } from './ShareChart.tsx';

/** Perspectives are few and fixed: each keeps one colour and pattern of its own. */
const PERSPECTIVE_COLORS = ['#1d4ed8', '#047857', '#7c3aed', '#b45309', '#5f6670', '#be185d'];

const count = (value: number) => value.toLocaleString('en-GB');

/**
 * The balance of voice: how much of the text as it is now each person and each
 * perspective wrote, and how many edit sessions they gave. A chart for a glance and a
 * table with every number.
 */
/** Rows for text that is nobody's in particular, where a count of people means nothing. */
function countsNobody(perspective: string): boolean {
  return perspective === 'template' || perspective === 'unknown-writer';
}

export function ContributionsTab({ projectId, documentId }: { projectId: string; documentId: string }) {
  const query = useContributionsQuery(projectId, documentId);
  const data = query.data;
  const people = new HistoryPeople(data?.people ?? []);
  const byPerson = [...(data?.byPerson ?? [])].sort((a, b) => b.share - a.share);
  const byPerspective = [...(data?.byPerspective ?? [])].sort((a, b) => b.share - a.share);

  const perspectiveBars: ShareBar[] = byPerspective.map((entry, index) => ({
    key: entry.perspective,
    label: perspectiveShareLabel(entry.perspective),
    detail: countsNobody(entry.perspective) ? undefined : `${entry.people} ${entry.people === 1 ? 'person' : 'people'}`,
    share: entry.share,
    color: PERSPECTIVE_COLORS[index % PERSPECTIVE_COLORS.length] ?? '#1d4ed8',
    pattern: AUTHOR_PATTERNS[index % AUTHOR_PATTERNS.length] ?? 'solid',
  }));
  const personBars: ShareBar[] = byPerson.map((entry) => ({
    key: creditKey(entry.credit),
    label: people.attribution(entry.credit),
    detail: people.creditedPerspective(entry.credit) ?? undefined,
    share: entry.share,
    color: colorForCredit(entry.credit),
    pattern: patternForCredit(entry.credit),
  }));

  return (
    <QueryState
      what="the balance of voice"
      isPending={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
    >
      {data && data.totalCharacters === 0 ? (
        <p className="empty-state">The document has no text yet, so there is no balance to show.</p>
      ) : data ? (
        <div className="contributions">
          <p className="muted small">
            Shares of the text as it is now ({count(data.totalCharacters)} characters), with everyone’s edit sessions
            and comments.
          </p>
          <ShareChart title="By perspective" bars={perspectiveBars} />
          <ShareChart title="By person" bars={personBars} />
          <div className="table-wrap">
            <table className="data-table">
              <caption id="contributions-perspective-caption">Balance of voice by perspective</caption>
              <thead>
                <tr>
                  <th scope="col">Perspective</th>
                  <th scope="col">People</th>
                  <th scope="col">Share of the text</th>
                  <th scope="col">Edit sessions</th>
                  <th scope="col">Comments</th>
                </tr>
              </thead>
              <tbody>
                {byPerspective.map((entry) => (
                  <tr key={entry.perspective}>
                    <th scope="row">{perspectiveShareLabel(entry.perspective)}</th>
                    <td data-label="People">{countsNobody(entry.perspective) ? '—' : count(entry.people)}</td>
                    <td data-label="Share of the text">
                      {`${formatShare(entry.share)} (${count(entry.characters)} characters)`}
                    </td>
                    <td data-label="Edit sessions">{count(entry.editSessions)}</td>
                    <td data-label="Comments">{count(entry.comments)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap">
            <table className="data-table">
              <caption id="contributions-person-caption">Balance of voice by person</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Perspective</th>
                  <th scope="col">Share of the text</th>
                  <th scope="col">Edit sessions</th>
                  <th scope="col">Comments</th>
                </tr>
              </thead>
              <tbody>
                {byPerson.map((entry) => (
                  <tr key={creditKey(entry.credit)}>
                    <th scope="row">{people.attribution(entry.credit)}</th>
                    <td data-label="Perspective">{people.creditedPerspective(entry.credit) ?? '—'}</td>
                    <td data-label="Share of the text">
                      {`${formatShare(entry.share)} (${count(entry.characters)} characters)`}
                      {entry.recordedCharacters > 0 ? (
                        <span className="data-table__note">{`${count(entry.recordedCharacters)} recorded by a scribe`}</span>
                      ) : null}
                    </td>
                    <td data-label="Edit sessions">{count(entry.editSessions)}</td>
                    <td data-label="Comments">{count(entry.comments)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </QueryState>
  );
}
