import { type JoinRequestView, perspectiveLabels } from '@roundtable/shared';
import { LiveNotice, type NoticeMessage } from '../../../components/LiveNotice.tsx';
import { RelativeTime } from '../../../components/RelativeTime.tsx';
import type { JoiningActions } from './useJoiningActions.ts';

function describe(request: JoinRequestView): string {
  if (request.hasAccount) return 'Has a Roundtable account';
  if (request.canComeBack) return 'New, with an email and password to come back later';
  return 'New, for this workshop only: signed out when it ends';
}

interface WaitingListProps {
  waiting: JoinRequestView[];
  actions: JoiningActions;
  notice: NoticeMessage | null;
  onDecided: (notice: NoticeMessage) => void;
}

/** People who asked through the link, in the order they asked: each is let in, or turned away, by a click. */
export function WaitingList({ waiting, actions, notice, onDecided }: WaitingListProps) {
  const busy = actions.admit.isPending || actions.turnAway.isPending;
  const decide = (request: JoinRequestView, letIn: boolean) => {
    const action = letIn ? actions.admit : actions.turnAway;
    action.mutate(request.id, {
      onSuccess: () =>
        onDecided({
          text: letIn ? `${request.displayName} is in.` : `${request.displayName} was turned away.`,
          tone: 'success',
        }),
      onError: (error) => onDecided({ text: error.message, tone: 'error' }),
    });
  };
  return (
    <section className="joining__part" aria-labelledby="waiting-heading">
      <h3 id="waiting-heading">Waiting to be let in ({waiting.length})</h3>
      <LiveNotice message={notice} />
      {waiting.length === 0 ? (
        <p className="empty-state">Nobody is waiting. This list updates by itself.</p>
      ) : (
        <ul className="join-requests">
          {waiting.map((request) => (
            <li key={request.id} className="join-request">
              <div className="join-request__who">
                <p className="join-request__name">{request.displayName}</p>
                <p className="join-request__meta">
                  {perspectiveLabels[request.perspective]} · {describe(request)} · asked{' '}
                  <RelativeTime iso={request.askedAt} />
                </p>
              </div>
              <div className="join-request__actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  onClick={() => decide(request, true)}
                >
                  Let in<span className="visually-hidden"> {request.displayName}</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => decide(request, false)}
                >
                  Turn away<span className="visually-hidden"> {request.displayName}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
