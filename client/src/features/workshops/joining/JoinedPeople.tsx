import { type JoinedPersonView, perspectiveLabels } from '@roundtable/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import type { NoticeMessage } from '../../../components/LiveNotice.tsx';
import type { JoiningActions } from './useJoiningActions.ts';

interface JoinedPeopleProps {
  joined: JoinedPersonView[];
  actions: JoiningActions;
  onRemoved: (notice: NoticeMessage) => void;
}

/** People let in through this workshop's link; a facilitator may remove them (asked first), and nobody else. */
export function JoinedPeople({ joined, actions, onRemoved }: JoinedPeopleProps) {
  const [removing, setRemoving] = useState<JoinedPersonView | null>(null);
  if (joined.length === 0) return null;
  return (
    <section className="joining__part" aria-labelledby="joined-heading">
      <h3 id="joined-heading">Joined through the link ({joined.length})</h3>
      <p className="muted">
        You can remove people who joined through this workshop’s link. Everyone else’s membership is up to the project’s
        leads.
      </p>
      <ul className="join-requests">
        {joined.map((person) => (
          <li key={person.userId} className="join-request">
            <div className="join-request__who">
              <p className="join-request__name">{person.displayName}</p>
              <p className="join-request__meta">{perspectiveLabels[person.perspective]}</p>
            </div>
            <div className="join-request__actions">
              <button type="button" className="button button--secondary" onClick={() => setRemoving(person)}>
                Remove<span className="visually-hidden"> {person.displayName}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title={`Remove ${removing?.displayName ?? ''} from the project?`}
        confirmLabel="Remove"
        isPending={actions.remove.isPending}
        error={actions.remove.error?.message}
        onConfirm={() => {
          if (!removing) return;
          const name = removing.displayName;
          actions.remove.mutate(removing.userId, {
            onSuccess: () => {
              setRemoving(null);
              onRemoved({ text: `${name} was removed from the project.`, tone: 'success' });
            },
          });
        }}
      >
        <p>
          They lose access to the project and its documents at once, including the workshop’s document if they have it
          open. What they wrote stays, credited to them.
        </p>
      </ConfirmDialog>
    </section>
  );
}
