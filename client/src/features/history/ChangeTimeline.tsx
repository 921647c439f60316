import { HISTORY_PERSON_FILTERS } from '@roundtable/shared';
import { useState } from 'react';
import type { HistoryFilters } from '../../api/roundtableApi.ts';
import { useHistoryQuery } from '../../api/useHistoryQuery.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { CommentActivityEntry } from './CommentActivityEntry.tsx';
import { groupSessionsByDay, timelineEntries } from './groupSessionsByDay.ts';
import { HistoryPeople } from './HistoryPeople.ts';
import { SessionEntry } from './SessionEntry.tsx';
import { TimelineFilters } from './TimelineFilters.tsx';
import { UnknownWriterNotice } from './UnknownWriterNotice.tsx';

interface ChangeTimelineProps {
  projectId: string;
  documentId: string;
}

/** Everyone's edit sessions and comment activity, newest first, grouped by day, filterable, an older page at a time. */
export function ChangeTimeline({ projectId, documentId }: ChangeTimelineProps) {
  const [filters, setFilters] = useState<HistoryFilters>({});
  const query = useHistoryQuery(projectId, documentId, filters);
  const pages = query.data?.pages ?? [];
  const sessions = pages.flatMap((page) => page.sessions);
  const entries = timelineEntries(
    sessions,
    pages.flatMap((page) => page.commentActivity),
  );
  const first = pages[0];
  const people = new HistoryPeople(pages.flatMap((page) => page.people));
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="timeline">
      {first && first.unknownWriterChanges > 0 && filters.person !== HISTORY_PERSON_FILTERS.unknownWriter ? (
        <UnknownWriterNotice
          changes={first.unknownWriterChanges}
          onShow={() => setFilters({ person: HISTORY_PERSON_FILTERS.unknownWriter })}
        />
      ) : null}
      {first ? (
        <TimelineFilters
          filters={filters}
          onChange={setFilters}
          people={people}
          sections={first.sections}
          hasRecovered={first.recoveredChanges > 0}
        />
      ) : null}
      <QueryState what="changes" isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {entries.length === 0 ? (
          <p className="empty-state">
            {filtered ? 'No changes match these filters.' : 'Nobody has changed this document yet.'}
          </p>
        ) : (
          <>
            {groupSessionsByDay(entries).map((day) => (
              <section key={day.key} className="timeline__day" aria-labelledby={`history-day-${day.key}`}>
                <h3 id={`history-day-${day.key}`} className="timeline__day-title">
                  {day.label}
                </h3>
                <ol className="timeline__list">
                  {day.entries.map((entry) =>
                    entry.kind === 'session' ? (
                      <SessionEntry key={entry.key} session={entry.session} people={people} />
                    ) : (
                      <CommentActivityEntry key={entry.key} activity={entry.activity} people={people} />
                    ),
                  )}
                </ol>
              </section>
            ))}
            <p className="timeline__more" role="status">
              {`Showing ${sessions.length} ${sessions.length === 1 ? 'change' : 'changes'}${query.hasNextPage ? '' : ', back to the start'}.`}
            </p>
            {query.hasNextPage ? (
              <button
                type="button"
                className="button button--secondary timeline__more-button"
                // Not disabled while loading: a disabled button would drop the keyboard focus.
                aria-disabled={query.isFetchingNextPage}
                onClick={() => {
                  if (!query.isFetchingNextPage) void query.fetchNextPage();
                }}
              >
                {query.isFetchingNextPage ? 'Loading older changes…' : 'Show older changes'}
              </button>
            ) : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
