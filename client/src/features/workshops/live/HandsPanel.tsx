import type { HandView } from '@roundtable/shared';
import { useRef } from 'react';
import { focusIfLost } from '../../../a11y/focusIfLost.ts';
import { useTouchOnly } from '../../../a11y/useTouchOnly.ts';
import { LiveNotice } from '../../../components/LiveNotice.tsx';
import { ordinal } from './describeHandEvent.ts';
import { InRoomHandForm } from './InRoomHandForm.tsx';
import { raiseHandShortcut } from './raiseHandShortcut.ts';
import type { Hands } from './useHands.ts';
import { useRaiseHandShortcut } from './useRaiseHandShortcut.ts';

interface HandsPanelProps {
  hands: Hands;
  myId: string;
}

/**
 * Raise your hand to ask to speak. Everyone sees the queue in the order hands went up,
 * with who has not spoken yet; leads and facilitators call people in turn, lower hands
 * and add people in the room who have no device.
 */
export function HandsPanel({ hands, myId }: HandsPanelProps) {
  const { query, mine, notice, pending, act, toggleMine, addInRoom } = hands;
  const data = query.data;
  const running = data?.running ?? false;
  useRaiseHandShortcut(toggleMine, running);
  // A phone used by touch has no keyboard to press the shortcut on.
  const touchOnly = useTouchOnly();
  const status = useRef<HTMLParagraphElement>(null);
  const queueList = useRef<HTMLOListElement>(null);

  if (!data) {
    return query.isError ? (
      <section className="hands" aria-labelledby="hands-heading">
        <h3 id="hands-heading">Hands</h3>
        <p className="inline-error">The hands could not be loaded. Reload the page to try again.</p>
      </section>
    ) : null;
  }
  if (!running) return null;

  const queue = data.hands;
  const myPlace = mine ? queue.indexOf(mine) + 1 : 0;
  const next = queue[0];
  // The button pressed may be gone once the answer comes (a called person's row, or Call
  // next once nobody is left): the keyboard then goes on from where the queue is told.
  const refocus = (region: Element | null) => () => {
    if (status.current) focusIfLost(status.current, region);
  };
  const actOnRow = (action: Parameters<typeof act>[0]) => act(action, refocus(queueList.current));

  return (
    <section className="hands" aria-labelledby="hands-heading">
      <h3 id="hands-heading">Hands</h3>
      <p className="hands__help">
        Raise your hand to ask to speak. People are called in the order their hands went up.
      </p>
      <div className="hands__mine">
        <button
          type="button"
          // Calling people is the facilitator's main action here; raising a hand, everyone else's.
          className={mine || data.canManage ? 'button button--secondary' : 'button button--primary'}
          onClick={toggleMine}
          disabled={pending}
          aria-keyshortcuts={raiseHandShortcut.keys}
          aria-describedby={touchOnly ? undefined : 'hands-shortcut'}
        >
          <HandIcon />
          {mine ? 'Lower your hand' : 'Raise your hand'}
        </button>
        {touchOnly ? null : (
          <p className="hands__shortcut muted small" id="hands-shortcut">
            Shortcut: <kbd>{raiseHandShortcut.hint}</kbd>, even while typing.
          </p>
        )}
      </div>
      <p className="hands__status" ref={status} tabIndex={-1}>
        {mine
          ? `Your hand is up. You are ${ordinal(myPlace)} in the queue.`
          : queue.length === 0
            ? 'No hands are up.'
            : `${queue.length} ${queue.length === 1 ? 'hand is' : 'hands are'} up.`}
      </p>
      <LiveNotice message={notice} />
      {data.canManage && next ? (
        <p className="hands__next">
          <button
            type="button"
            className="button button--primary"
            disabled={pending}
            onClick={() => act({ kind: 'call', handId: next.id, name: next.name }, refocus(null))}
          >
            Call next: {next.name}
          </button>
        </p>
      ) : null}
      {queue.length > 0 ? (
        <>
          <h4 className="hands__queue-heading">Queue</h4>
          <ol className="hand-queue" ref={queueList}>
            {queue.map((hand) => (
              <HandRow
                key={hand.id}
                hand={hand}
                isMe={hand.userId === myId}
                canManage={data.canManage}
                pending={pending}
                onCall={() => actOnRow({ kind: 'call', handId: hand.id, name: hand.name })}
                onLower={() =>
                  actOnRow(
                    hand.userId === myId ? { kind: 'lower-mine' } : { kind: 'lower', handId: hand.id, name: hand.name },
                  )
                }
              />
            ))}
          </ol>
        </>
      ) : null}
      {data.canManage ? <InRoomHandForm onAdd={addInRoom} /> : null}
    </section>
  );
}

interface HandRowProps {
  hand: HandView;
  isMe: boolean;
  canManage: boolean;
  pending: boolean;
  onCall: () => void;
  onLower: () => void;
}

function HandRow({ hand, isMe, canManage, pending, onCall, onLower }: HandRowProps) {
  const raisedAt = new Date(hand.raisedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <li className="hand-queue__item">
      <span className="hand-queue__who">
        <span className="hand-queue__name">{hand.name}</span>
        {isMe ? <span className="hand-queue__you"> (you)</span> : null}
      </span>
      <span className="hand-queue__facts">
        {hand.inRoom ? <span className="tag tag--quiet tag--small">In the room</span> : null}
        {hand.hasSpoken ? (
          <span className="tag tag--quiet tag--small">Has spoken</span>
        ) : (
          <span className="tag tag--small hand-queue__new">Not spoken yet</span>
        )}
        <span className="muted small">
          <span className="visually-hidden">Raised at </span>
          <time dateTime={hand.raisedAt}>{raisedAt}</time>
        </span>
      </span>
      {canManage || isMe ? (
        <span className="hand-queue__actions">
          {canManage ? (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={pending}
              onClick={onCall}
              aria-label={`Call ${hand.name} to speak`}
            >
              Call
            </button>
          ) : null}
          <button
            type="button"
            className="button button--quiet button--small"
            disabled={pending}
            onClick={onLower}
            aria-label={isMe ? 'Lower your hand' : `Lower ${hand.name}’s hand`}
          >
            Lower
          </button>
        </span>
      ) : null}
    </li>
  );
}

/** A raised hand, drawn beside the words that say what the button does. */
function HandIcon() {
  return (
    <svg width={20} height={20} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon">
      <path
        d="M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 11V4a1.5 1.5 0 0 1 3 0v7M14 11V5.5a1.5 1.5 0 0 1 3 0V14a7 7 0 0 1-7 7h-.5a6 6 0 0 1-4.6-2.2L3 15.5a1.5 1.5 0 0 1 2.3-1.9L8 16"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
