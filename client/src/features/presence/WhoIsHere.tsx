import { perspectiveLabels } from '@roundtable/shared';
import type { ConnectionState } from '../../collaboration/connectionState.ts';
import type { PresentPerson } from '../../collaboration/PresentPerson.ts';
import { Icon } from '../../components/Icon.tsx';
import { activityLabel } from './activityLabel.ts';

/** Where the summary above the text on narrow screens sends people. */
export const WHO_IS_HERE_HEADING_ID = 'who-is-here-heading';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0]];
  return letters
    .map((part) => (part ? (Array.from(part)[0] ?? '') : ''))
    .join('')
    .toUpperCase();
}

interface WhoIsHereProps {
  people: PresentPerson[];
  connectionState: ConnectionState;
}

/** Everyone with the document open, their perspective, and what they are doing. */
export function WhoIsHere({ people, connectionState }: WhoIsHereProps) {
  const connected = connectionState === 'saved' || connectionState === 'connected';
  const others = people.filter((person) => !person.isYou).length;
  return (
    <section className="who-is-here" aria-labelledby={WHO_IS_HERE_HEADING_ID}>
      <h2 id={WHO_IS_HERE_HEADING_ID} className="who-is-here__title" tabIndex={-1}>
        Who is here <span className="count">({people.length})</span>
      </h2>
      <ul className="who-is-here__list">
        {people.map((person) => (
          <li key={person.id} className="person" data-activity={person.activity.kind}>
            <span className="person__avatar" style={{ backgroundColor: person.color }} aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="person__text">
              <span className="person__name">
                {person.name}
                {person.isYou ? <span className="tag tag--small">You</span> : null}
              </span>
              <span className="person__perspective">{perspectiveLabels[person.perspective]}</span>
              <span className="person__activity">{activityLabel(person.activity)}</span>
              {person.recordingFor ? (
                <span className="person__recording">
                  <Icon name="microphone" size={16} />
                  {`${person.name} — recording for ${person.recordingFor.name}`}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {others === 0 ? (
        <p className="muted small">
          {connected
            ? 'Nobody else has this document open right now. Others will appear here when they do.'
            : 'Other people will appear here once you are connected.'}
        </p>
      ) : null}
    </section>
  );
}
