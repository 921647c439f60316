import type { EditSession } from '@roundtable/shared';
import { formatDateTime, formatTime } from '../../format/formatDateTime.ts';
import { sectionName } from '../../format/sectionName.ts';
import { authorStyle } from './authorStyle.ts';
import { describeWordChange } from './describeWordChange.ts';
import type { HistoryPeople } from './HistoryPeople.ts';

interface SessionEntryProps {
  session: EditSession;
  people: HistoryPeople;
}

/** A session that touched the whole document (the template, a restore) would otherwise list every heading. */
const SECTIONS_SHOWN = 3;

/** One edit session in the timeline: who, when, where in the document and how much. */
export function SessionEntry({ session, people }: SessionEntryProps) {
  const perspective = people.creditedPerspective(session.credit);
  return (
    <li className="session" {...authorStyle(session.credit)}>
      <p className="session__who">
        <span className="session__name">{people.attribution(session.credit)}</span>
        {perspective ? <span className="session__perspective">{perspective}</span> : null}
      </p>
      <p className="session__meta">
        <time dateTime={session.endedAt} title={formatDateTime(session.endedAt)}>
          {formatTime(session.startedAt) === formatTime(session.endedAt)
            ? formatTime(session.endedAt)
            : `${formatTime(session.startedAt)}–${formatTime(session.endedAt)}`}
        </time>
        <span aria-hidden="true"> · </span>
        <span>
          {session.restoredVersion
            ? `Restored the version “${session.restoredVersion.name}”`
            : describeWordChange(session)}
        </span>
      </p>
      {session.sections.length > 0 ? (
        <p className="session__sections">
          <span className="visually-hidden">Sections: </span>
          {session.sections.slice(0, SECTIONS_SHOWN).map((section) => (
            <span key={section} className="tag tag--quiet session__section">
              {sectionName(section)}
            </span>
          ))}
          {session.sections.length > SECTIONS_SHOWN ? (
            <span className="session__more">{`and ${session.sections.length - SECTIONS_SHOWN} more`}</span>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
