import type { RefObject } from 'react';
import { Icon } from '../../components/Icon.tsx';
import { COMMENTS_PANEL_ID } from './CommentsPanel.tsx';

interface CommentsButtonProps {
  open: boolean;
  /** Open threads, or null until they have loaded. */
  openCount: number | null;
  buttonRef: RefObject<HTMLButtonElement | null>;
  onToggle: () => void;
}

/** Opens and closes the Comments panel, saying how many threads are open. */
export function CommentsButton({ open, openCount, buttonRef, onToggle }: CommentsButtonProps) {
  return (
    <button
      type="button"
      ref={buttonRef}
      className="button button--secondary"
      aria-expanded={open}
      aria-controls={open ? COMMENTS_PANEL_ID : undefined}
      onClick={onToggle}
    >
      <Icon name="comment" />
      {openCount === null ? 'Comments' : `Comments (${openCount})`}
    </button>
  );
}
