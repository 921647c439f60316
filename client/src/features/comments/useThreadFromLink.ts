import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { NoticeMessage } from '../../components/LiveNotice.tsx';

export const THREAD_PARAM = 'thread';

/** The address of a document opened on one comment thread, as the inbox, "what's new" and emails link to it. */
export function threadLink(projectId: string, documentId: string, threadId: string | null): string {
  const base = `/projects/${encodeURIComponent(projectId)}/documents/${encodeURIComponent(documentId)}`;
  return threadId ? `${base}?${THREAD_PARAM}=${encodeURIComponent(threadId)}` : base;
}

/**
 * Opens the comments panel on the thread a link names (?thread=…), once the document
 * and its threads have loaded, and only once for each link followed.
 */
export function useThreadFromLink(
  ready: boolean,
  openThread: (threadId: string) => boolean,
  onNotice: (message: NoticeMessage) => void,
): void {
  const [params] = useSearchParams();
  const threadId = params.get(THREAD_PARAM);
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !threadId || handled.current === threadId) return;
    handled.current = threadId;
    if (!openThread(threadId))
      onNotice({ text: 'We could not find that comment. It may have been removed.', tone: 'error' });
  }, [ready, threadId, openThread, onNotice]);
}
