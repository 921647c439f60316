import type { HandView } from '@roundtable/shared';

interface BigScreenHandsProps {
  /** The queue in the order hands went up; undefined while it loads. */
  hands: HandView[] | undefined;
}

/** The hand queue as the room sees it, in order, with who has not spoken yet; nothing to press. */
export function BigScreenHands({ hands }: BigScreenHandsProps) {
  return (
    <section className="big-screen__hands" aria-labelledby="big-screen-hands">
      <h2 id="big-screen-hands">Hands</h2>
      {hands === undefined ? (
        <p>Loading the queue…</p>
      ) : hands.length === 0 ? (
        <p>No hands are up.</p>
      ) : (
        <ol className="big-screen__queue">
          {hands.map((hand) => (
            <li key={hand.id} className="big-screen__hand">
              <span className="big-screen__hand-name">{hand.name}</span>
              {hand.hasSpoken ? null : <span className="big-screen__mark">Not spoken yet</span>}
              {hand.inRoom ? <span className="big-screen__mark big-screen__mark--quiet">In the room</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
