import type { ConnectionState } from '../../collaboration/connectionState.ts';
import type { PresentPerson } from '../../collaboration/PresentPerson.ts';
import { Icon } from '../../components/Icon.tsx';
import { presenceSummary } from './presenceSummary.ts';
import { WHO_IS_HERE_HEADING_ID } from './WhoIsHere.tsx';

interface PresenceSummaryProps {
  people: PresentPerson[];
  connectionState: ConnectionState;
}

/**
 * On narrow screens the text comes first and "Who is here" after it, far down the page:
 * this line says who else is in, and takes people to the full list. Hidden by the page's
 * styles where the list sits beside the text.
 */
export function PresenceSummary({ people, connectionState }: PresenceSummaryProps) {
  return (
    <p className="presence-summary">
      <Icon name="user" size={18} />
      <span className="presence-summary__text">{presenceSummary(people, connectionState)}</span>
      <button
        type="button"
        className="presence-summary__show"
        // Focusing the heading scrolls to it, and a screen reader continues reading from there.
        onClick={() => document.getElementById(WHO_IS_HERE_HEADING_ID)?.focus()}
      >
        Who is here ({people.length})
      </button>
    </p>
  );
}
