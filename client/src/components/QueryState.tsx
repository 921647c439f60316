import { onlineManager } from '@tanstack/react-query';
import { type ReactNode, useSyncExternalStore } from 'react';
import { isApiRequestError } from '../api/ApiRequestError.ts';
import { Icon } from './Icon.tsx';

interface QueryStateProps {
  /** What is loading, e.g. "changes": said as "Loading changes…". */
  what: string;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  children: ReactNode;
}

const isOnline = () => onlineManager.isOnline();

/**
 * A panel's content once loaded, or a calm loading line, or what went wrong with a way
 * to try again. Offline, loading waits for the connection (it starts by itself when the
 * device is back online), so it says so rather than spin.
 */
export function QueryState({ what, isPending, error, onRetry, children }: QueryStateProps) {
  const online = useSyncExternalStore(onlineManager.subscribe.bind(onlineManager), isOnline, isOnline);
  if (isPending && !online) {
    return (
      <p className="panel-state" role="status">
        <Icon name="alert" />
        {`This device is offline. ${capitalised(what)} will load when it is back online.`}
      </p>
    );
  }
  if (isPending) {
    return (
      <p className="panel-state" role="status">
        <span className="loading-state__dot" aria-hidden="true" />
        Loading {what}…
      </p>
    );
  }
  if (error) {
    const message = isApiRequestError(error) ? error.message : 'Something went wrong. Please try again.';
    return (
      <div className="panel-state panel-state--error" role="alert">
        <Icon name="alert" />
        <div>
          <p>
            We could not load {what}. {message}
          </p>
          <button type="button" className="button button--secondary button--small" onClick={onRetry}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  return <>{children}</>;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
