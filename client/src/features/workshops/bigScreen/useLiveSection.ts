import type { RenderedNode } from '@roundtable/shared';
import { useEffect, useState } from 'react';
import type { Collaboration } from '../../../collaboration/Collaboration.ts';
import { sectionContent } from './sectionContent.ts';

/** Redrawing after typing settles keeps a screen calm that the whole room is reading. */
const READ_AFTER_MS = 300;

export type LiveSection = { state: 'loading' } | { state: 'gone' } | { state: 'shown'; content: RenderedNode };

/**
 * One section of the live document as it is now, read from the shared document itself
 * (no editor), and read again as people edit it.
 */
export function useLiveSection(collaboration: Collaboration, sectionId: string | null): LiveSection {
  const { session, contentReady, readDeviceCopy } = collaboration;
  const ydoc = session?.ydoc ?? null;
  const [content, setContent] = useState<RenderedNode | null | undefined>(undefined);
  useEffect(() => {
    if (!ydoc || !contentReady || !sectionId) {
      setContent(undefined);
      return;
    }
    const read = () => setContent(sectionContent(readDeviceCopy(), sectionId));
    read();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(read, READ_AFTER_MS);
    };
    ydoc.on('update', schedule);
    return () => {
      clearTimeout(timer);
      ydoc.off('update', schedule);
    };
  }, [ydoc, contentReady, sectionId, readDeviceCopy]);
  if (content === undefined) return { state: 'loading' };
  return content === null ? { state: 'gone' } : { state: 'shown', content };
}
