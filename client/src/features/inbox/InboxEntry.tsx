import type { InboxItem } from '@roundtable/shared';
import { Link } from 'react-router';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { threadLink } from '../comments/useThreadFromLink.ts';
import { describeInboxItem } from './describeInboxItem.ts';

interface InboxEntryProps {
  item: InboxItem;
  /** Following the link counts as reading it. */
  onOpen: (item: InboxItem) => void;
}

/** One mention or reply: who, where, the start of what they wrote, and whether it is read, in words. */
export function InboxEntry({ item, onOpen }: InboxEntryProps) {
  const unread = item.readAt === null;
  return (
    <li className={unread ? 'inbox-entry inbox-entry--unread' : 'inbox-entry'}>
      <p className="inbox-entry__who">
        {unread ? <span className="tag tag--small inbox-entry__unread">Unread</span> : null}
        <Link
          className="inbox-entry__link"
          to={threadLink(item.projectId, item.documentId, item.threadId)}
          aria-label={unread ? `${describeInboxItem(item)}, unread` : undefined}
          onClick={() => onOpen(item)}
        >
          {describeInboxItem(item)}
        </Link>
      </p>
      <p className="inbox-entry__excerpt">{item.excerpt}</p>
      <p className="inbox-entry__where small muted">
        {item.projectName} › {item.documentTitle}
        {item.section ? ` › ${item.section}` : ''}
        {' · '}
        <RelativeTime iso={item.createdAt} />
      </p>
    </li>
  );
}
