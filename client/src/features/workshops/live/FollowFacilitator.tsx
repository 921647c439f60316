interface FollowFacilitatorProps {
  following: boolean;
  onChange: (following: boolean) => void;
}

/**
 * Anyone may follow the facilitator: their view then goes to each agenda item's section
 * as the room moves on, as well as wherever everyone is brought.
 */
export function FollowFacilitator({ following, onChange }: FollowFacilitatorProps) {
  return (
    <section className="follow-facilitator" aria-labelledby="follow-heading">
      <h3 id="follow-heading">Follow the facilitator</h3>
      <p className="follow-facilitator__status">
        {following
          ? 'You are following the facilitator: your view goes to each agenda item’s section as the room moves on.'
          : 'Your view stays where you put it, unless everyone is brought to a section.'}
      </p>
      <button type="button" className="button button--secondary" onClick={() => onChange(!following)}>
        {following ? 'Stop following' : 'Follow the facilitator'}
      </button>
    </section>
  );
}
