import { NavLink } from 'react-router';
import { useInboxQuery } from '../../api/useInboxQuery.ts';
import { Icon } from '../../components/Icon.tsx';
import { useAccountNoticesQuery } from '../account/useAccountNoticesQuery.ts';

/** The way to mentions and replies, on every page, with how many are unread in words and as a badge. */
export function InboxLink() {
  const inbox = useInboxQuery();
  // Notices about the person's own account (a password reset) are in the inbox too.
  const notices = useAccountNoticesQuery();
  const unread = (inbox.data?.unreadCount ?? 0) + (notices.data?.unreadCount ?? 0);
  return (
    <NavLink
      to="/inbox"
      className="app-header__link inbox-link"
      aria-label={unread > 0 ? `Inbox, ${unread} unread` : 'Inbox'}
    >
      <Icon name="inbox" size={18} />
      Inbox
      {unread > 0 ? (
        <span className="inbox-link__badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
