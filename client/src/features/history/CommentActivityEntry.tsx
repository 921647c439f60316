import type { CommentActivity, CommentActivityKind } from '@roundtable/shared';
import { formatDateTime, formatTime } from '../../format/formatDateTime.ts';
import { sectionName } from '../../format/sectionName.ts';
import type { HistoryPeople } from './HistoryPeople.ts';

interface CommentActivityEntryProps {
  activity: CommentActivity;
  people: HistoryPeople;
}

const doneWords: Record<CommentActivityKind, string> = {
  commented: 'Started a comment thread',
  replied: 'Replied to a comment',
  edited: 'Edited a comment',
  deleted: 'Deleted a comment',
  resolved: 'Resolved a comment thread',
  reopened: 'Reopened a comment thread',
};

/** Someone's comment activity in the timeline: who, when, what and on which words. */
export function CommentActivityEntry({ activity, people }: CommentActivityEntryProps) {
  return (
    <li className="session session--comment">
      <p className="session__who">
        <span className="session__name">{people.label(activity.personId)}</span>
        {people.perspective(activity.personId) ? (
          <span className="session__perspective">{people.perspective(activity.personId)}</span>
        ) : null}
      </p>
      <p className="session__meta">
        <time dateTime={activity.at} title={formatDateTime(activity.at)}>
          {formatTime(activity.at)}
        </time>
        <span aria-hidden="true"> · </span>
        <span>{doneWords[activity.kind]}</span>
      </p>
      <p className="session__sections">
        <span className="session__quote">
          {activity.quote === null ? 'On the whole document' : `On “${activity.quote}”`}
        </span>
        {activity.quote !== null ? (
          <span className="tag tag--quiet session__section">
            <span className="visually-hidden">Section: </span>
            {sectionName(activity.section)}
          </span>
        ) : null}
      </p>
    </li>
  );
}
