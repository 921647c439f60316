import type { MentionCandidate } from '@roundtable/shared';
import type { KeyboardEvent, RefObject } from 'react';

interface MentionOptionsProps {
  id: string;
  people: readonly MentionCandidate[];
  /** The person Enter or Tab in the text box would choose. */
  highlightedId: string | undefined;
  listRef: RefObject<HTMLUListElement | null>;
  onChoose: (person: MentionCandidate) => void;
  /** Escape: close the list and go back to writing. */
  onClose: () => void;
}

/**
 * The members whose names match the "@name" being typed, as buttons under the text
 * box. The first is highlighted: Enter or Tab in the text box chooses it. Down arrow
 * from the text box comes here; up and down move between people, Enter or Space
 * chooses, Escape goes back to writing.
 */
export function MentionOptions({ id, people, highlightedId, listRef, onChoose, onClose }: MentionOptionsProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = Array.from(listRef.current?.querySelectorAll('button') ?? []);
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
      if (next < 0) onClose();
      else buttons[Math.min(next, buttons.length - 1)]?.focus();
    }
  };

  return (
    <ul id={id} className="mention-options" aria-label="People to mention" ref={listRef} onKeyDown={onKeyDown}>
      {people.map((person) => (
        <li key={person.id}>
          <button
            type="button"
            className={
              person.id === highlightedId
                ? 'mention-options__button mention-options__button--highlighted'
                : 'mention-options__button'
            }
            aria-label={`Mention ${person.displayName}`}
            onClick={() => onChoose(person)}
          >
            {person.displayName}
            {person.id === highlightedId ? (
              <span className="mention-options__key" aria-hidden="true">
                Enter
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
