import { Icon } from './Icon.tsx';

export interface NoticeMessage {
  text: string;
  tone: 'success' | 'error';
}

/**
 * The outcome of an action, shown where it happened and read out politely. The region
 * is always present so screen readers notice when a message appears in it.
 */
export function LiveNotice({ message }: { message: NoticeMessage | null }) {
  return (
    <div role="status">
      {message ? (
        <p className={message.tone === 'error' ? 'notice notice--error' : 'notice'}>
          <Icon name={message.tone === 'error' ? 'alert' : 'check'} />
          <span>{message.text}</span>
        </p>
      ) : null}
    </div>
  );
}
