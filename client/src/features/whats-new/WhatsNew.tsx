import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { useWhatsNewQuery } from '../../api/useWhatsNewQuery.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { threadLink } from '../comments/useThreadFromLink.ts';
import { describeWhatsNew } from './describeWhatsNew.ts';

export const WHATS_NEW_HEADING = 'What’s new since your last visit';
const HEADING_ID = 'whats-new-heading';

/** For members who take part in their own time: what others did in the project while they were away. */
export function WhatsNew({ projectId }: { projectId: string }) {
  const query = useWhatsNewQuery(projectId);
  const queryClient = useQueryClient();
  const seen = useMutation({
    mutationFn: () => roundtableApi.markWhatsNewSeen(projectId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.whatsNew(projectId) }),
  });
  const items = [...(query.data?.items ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  const since = query.data?.since ?? null;

  return (
    <section className="section panel whats-new" aria-labelledby={HEADING_ID}>
      <div className="whats-new__header">
        <h2 id={HEADING_ID}>{WHATS_NEW_HEADING}</h2>
        {items.length > 0 ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={seen.isPending}
            onClick={() => {
              if (!seen.isPending) seen.mutate();
            }}
          >
            Mark all as seen
          </button>
        ) : null}
      </div>
      {seen.isError ? (
        <p className="inline-error" role="alert">
          {seen.error.message}
        </p>
      ) : null}
      <QueryState
        what="what’s new"
        isPending={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
      >
        {since === null ? (
          <p className="whats-new__empty">
            Welcome. This is your first visit, so everything here is new to you. Next time, what others have done while
            you were away will be listed here.
          </p>
        ) : items.length === 0 ? (
          <p className="whats-new__empty">Nothing new since your last visit on {formatDateTime(since)}.</p>
        ) : (
          <>
            <p className="muted small">Since {formatDateTime(since)}, newest first:</p>
            <ul className="whats-new__list">
              {items.map((item) => (
                <li key={`${item.kind}-${item.documentId}-${item.threadId ?? ''}-${item.commentId ?? ''}`}>
                  <Link to={threadLink(projectId, item.documentId, item.threadId)} className="whats-new__link">
                    {describeWhatsNew(item)}
                  </Link>
                  <p className="whats-new__summary">
                    {item.summary}
                    {item.section ? <span className="muted"> — in {item.section}</span> : null}
                  </p>
                  <p className="small muted">
                    <RelativeTime iso={item.at} />
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </section>
  );
}
