import { useCallback, useRef, useState } from 'react';
import { defaultThreadFilters, type ThreadFilters } from './filterThreads.ts';

/**
 * Whether the comments panel is open, which thread is being read, the filters chosen
 * and the last thing the panel said (such as "Comment sent.").
 */
export function useCommentsPanel(onPanelOpened: () => void) {
  const [panelOpen, setPanelOpen] = useState(false);
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null);
  const [filters, setFilters] = useState<ThreadFilters>(defaultThreadFilters);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);

  /** Another side panel (History) closes when this one opens. */
  const openPanel = useCallback(() => {
    setPanelOpen(true);
    onPanelOpened();
  }, [onPanelOpened]);

  /** Closes the panel without moving focus, when another panel takes its place. */
  const hidePanel = useCallback(() => setPanelOpen(false), []);

  return {
    panelOpen,
    openPanel,
    hidePanel,
    buttonRef,
    activeThreadId,
    setActiveThreadId,
    filters,
    setFilters,
    status,
    setStatus,
  };
}

export type CommentsPanelState = ReturnType<typeof useCommentsPanel>;
