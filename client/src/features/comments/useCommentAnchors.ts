import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { type AnchorRange, commentAnchorRanges } from '../../editor/commentAnchorMarks.ts';

const none: ReadonlyMap<string, AnchorRange> = new Map();

const sameOrder = (a: ReadonlyMap<string, AnchorRange>, b: ReadonlyMap<string, AnchorRange>) =>
  a.size === b.size && [...a.keys()].every((id, index) => [...b.keys()][index] === id);

/**
 * The threads anchored in the text, in document order, following everyone's edits.
 * Only a change of order re-renders: typing moves every position after it, but the
 * panel needs only the order, and navigation reads positions afresh from the editor.
 */
export function useCommentAnchors(editor: Editor | null): ReadonlyMap<string, AnchorRange> {
  const [anchors, setAnchors] = useState(none);
  useEffect(() => {
    if (!editor || editor.isDestroyed) {
      setAnchors(none);
      return;
    }
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (editor.isDestroyed) return;
      const next = commentAnchorRanges(editor.state.doc);
      setAnchors((previous) => (sameOrder(previous, next) ? previous : next));
    };
    // Remote edits can arrive many to a frame; measuring once per frame is enough.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    editor.on('update', schedule);
    return () => {
      editor.off('update', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [editor]);
  return anchors;
}
