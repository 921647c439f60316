import { type ConnectionState, connectionDetails, connectionLabels } from '../../collaboration/connectionState.ts';
import { Icon, type IconName } from '../../components/Icon.tsx';
import { useSettledConnectionState } from './useSettledConnectionState.ts';

const icons: Record<ConnectionState, IconName> = {
  connecting: 'refresh',
  connected: 'plug',
  saved: 'check',
  reconnecting: 'refresh',
  offline: 'cloudOff',
  stopped: 'alert',
};

/** The state of the live connection, in words with an icon; read out politely when it changes. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const shown = useSettledConnectionState(state);
  const detail = connectionDetails[shown];
  return (
    <div className={`connection-status connection-status--${shown}`} role="status" data-state={shown}>
      <span className="connection-status__icon">
        <Icon name={icons[shown]} />
      </span>
      <span className="connection-status__text">
        <span className="connection-status__label">{connectionLabels[shown]}</span>
        {detail ? <span className="connection-status__detail">{detail}</span> : null}
      </span>
    </div>
  );
}
