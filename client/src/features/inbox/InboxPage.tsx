import type { InboxItem, MarkInboxReadBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { useInboxQuery } from '../../api/useInboxQuery.ts';
import { LiveNotice } from '../../components/LiveNotice.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { AccountNotices } from '../account/AccountNotices.tsx';
import { InboxEntry } from './InboxEntry.tsx';

/** Mentions of the person and replies to them, in every project, newest first. */
export function InboxPage() {
  const inbox = useInboxQuery();
  const queryClient = useQueryClient();
  const unread = inbox.data?.unreadCount ?? 0;
  useDocumentTitle(unread > 0 ? `Inbox (${unread} unread)` : 'Inbox');

  const markRead = useMutation({
    mutationFn: (body: MarkInboxReadBody) => roundtableApi.markInboxRead(body),
    onSuccess: (response) => queryClient.setQueryData(queryKeys.inbox, response),
  });
  const open = (item: InboxItem) => {
    if (item.readAt === null) markRead.mutate({ ids: [item.id] });
  };
  const items = [...(inbox.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <div className="page">
      <div className="inbox-header">
        <h1>Inbox</h1>
        {unread > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={markRead.isPending}
            onClick={() => {
              if (!markRead.isPending) markRead.mutate({ all: true });
            }}
          >
            Mark all as read
          </button>
        ) : null}
      </div>
      <p className="lead">
        When someone mentions you in a comment, or replies to a conversation you are in, it appears here.
      </p>
      <LiveNotice message={markRead.isError ? { text: markRead.error.message, tone: 'error' } : null} />
      <AccountNotices />
      <QueryState
        what="your inbox"
        isPending={inbox.isPending}
        error={inbox.error}
        onRetry={() => void inbox.refetch()}
      >
        {items.length === 0 ? (
          <p className="inbox-empty">Nothing here yet. Mentions and replies to you will appear here.</p>
        ) : (
          <>
            <p className="muted">{unread === 1 ? '1 unread' : `${unread} unread`}</p>
            <ul className="inbox-list" aria-label="Mentions and replies, newest first">
              {items.map((item) => (
                <InboxEntry key={item.id} item={item} onOpen={open} />
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </div>
  );
}
