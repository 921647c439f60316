import { type ContributionsResponse, type Credit, creditedPersonId, creditKey } from '@roundtable/shared';
import { useContributionsQuery } from '../../api/useContributionsQuery.ts';
import { QueryState } from '../../components/QueryState.tsx';
import type { AuthorPattern } from './authorStyle.ts';
import { formatShare } from './formatShare.ts';
import { HistoryPeople } from './HistoryPeople.ts';
import { perspectiveShareLabel } from './perspectiveShareLabel.ts';
import { type ShareBar, ShareChart } from './ShareChart.tsx';

type PerspectiveKey = ContributionsResponse['byPerspective'][number]['perspective'];

/**
 * Perspectives are few and fixed: each keeps one colour and pattern of its own, in both
 * charts, so a person's bar has the colour of their perspective's.
 */
const PERSPECTIVE_STYLES: Record<PerspectiveKey, { color: string; pattern: AuthorPattern }> = {
  'lived-experience': { color: '#1d4ed8', pattern: 'solid' },
  professional: { color: '#047857', pattern: 'dashed' },
  both: { color: '#7c3aed', pattern: 'dotted' },
  unsaid: { color: '#b45309', pattern: 'double' },
  'former-member': { color: '#5f6670', pattern: 'wavy' },
  'unknown-writer': { color: '#be185d', pattern: 'solid' },
};

const count = (value: number) => value.toLocaleString('en-GB');

/** Rows for text that is nobody's in particular, where a count of people means nothing. */
function countsNobody(perspective: PerspectiveKey): boolean {
  return perspective === 'unknown-writer';
}

/**
 * The balance of voice: how much of the words people wrote in the text as it is now
 * each person and each perspective wrote, and how many edit sessions they gave. The
 * template's starting words are nobody's voice, so they are said apart. A chart for a
 * glance and a table with every number.
 */

export function ContributionsTab({ projectId, documentId }: { projectId: string; documentId: string }) {
  const query = useContributionsQuery(projectId, documentId);
  const data = query.data;
  const people = new HistoryPeople(data?.people ?? []);
  const perspectiveOf = (credit: Credit): PerspectiveKey => {
    const personId = creditedPersonId(credit);
    if (personId === null) return 'unknown-writer';
    return data?.people.find((person) => person.id === personId)?.perspective ?? 'former-member';
  };
  const byPerson = [...(data?.byPerson ?? [])].sort((a, b) => b.share - a.share);
  const byPerspective = [...(data?.byPerspective ?? [])].sort((a, b) => b.share - a.share);

  const perspectiveBars: ShareBar[] = byPerspective.map((entry) => ({
    key: entry.perspective,
    label: perspectiveShareLabel(entry.perspective),
    detail: countsNobody(entry.perspective) ? undefined : `${entry.people} ${entry.people === 1 ? 'person' : 'people'}`,
    share: entry.share,
    ...PERSPECTIVE_STYLES[entry.perspective],
  }));
  const personBars: ShareBar[] = byPerson.map((entry) => ({
    key: creditKey(entry.credit),
    label: people.attribution(entry.credit),
    detail: people.creditedPerspective(entry.credit) ?? undefined,
    share: entry.share,
    ...PERSPECTIVE_STYLES[perspectiveOf(entry.credit)],
  }));
  const peoplesCharacters = (data?.totalCharacters ?? 0) - (data?.templateCharacters ?? 0);

  return (
    <QueryState
      what="the balance of voice"
      isPending={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
    >
      {data && peoplesCharacters === 0 ? (
        <p className="empty-state">
          {data.totalCharacters === 0
            ? 'The document has no text yet, so there is no balance to show.'
            : 'Nobody has written in the document yet: all its text is the template’s starting words, so there is no balance to show.'}
        </p>
      ) : data ? (
        <div className="contributions">
          <p className="muted small">
            Shares of the words people wrote in the text as it is now ({count(peoplesCharacters)} characters), with
            everyone’s edit sessions and comments.
            {data.templateCharacters > 0
              ? ` The template’s starting words still in the text (${count(data.templateCharacters)} characters) are nobody’s voice, so they are in no share.`
              : ''}
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
