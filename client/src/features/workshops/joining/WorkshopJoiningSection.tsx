import type { MadeWorkshopLinkResponse, Workshop } from '@roundtable/shared';
import { useState } from 'react';
import type { NoticeMessage } from '../../../components/LiveNotice.tsx';
import { JoinedPeople } from './JoinedPeople.tsx';
import { useJoiningActions } from './useJoiningActions.ts';
import { useJoiningQuery } from './useJoiningQuery.ts';
import { WaitingList } from './WaitingList.tsx';
import { WorkshopLinkPanel } from './WorkshopLinkPanel.tsx';
import './joining.css';

/**
 * On a workshop's plan page, for its facilitators and the project's leads: the link
 * and QR code that let many people join at once, who is waiting to be let in, and who
 * joined through it.
 */
export function WorkshopJoiningSection({ workshop }: { workshop: Workshop }) {
  const [made, setMade] = useState<MadeWorkshopLinkResponse | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const joining = useJoiningQuery(workshop.projectId, workshop.id);
  const actions = useJoiningActions(workshop.projectId, workshop.id, setMade);

  return (
    <section className="section joining" aria-labelledby="joining-heading">
      <h2 id="joining-heading">Joining this workshop</h2>
      <p className="muted">
        A workshop link and QR code let people join the project and this workshop at once, from their own phone or
        computer. Nobody gets in until you let them in, one by one.
      </p>
      {joining.isPending ? (
        <p className="muted">Loading…</p>
      ) : joining.isError ? (
        <div className="inline-error" role="alert">
          <p>{joining.error.message}</p>
          <button type="button" className="button button--secondary" onClick={() => void joining.refetch()}>
            Try again
          </button>
        </div>
      ) : (
        <>
          {joining.data.address.reachableFromOtherDevices ? null : (
            <p className="notice notice--warning joining__unreachable">
              Other devices cannot open this link: Roundtable knows itself only as {joining.data.address.origin}.
              Whoever runs Roundtable sets PUBLIC_ORIGIN to the address people use (for example
              https://roundtable.example.org), so links and QR codes work on phones in the room.
            </p>
          )}
          <div className="panel joining__link">
            <WorkshopLinkPanel joining={joining.data} made={made} actions={actions} />
          </div>
          {joining.data.link || joining.data.waiting.length > 0 ? (
            <WaitingList waiting={joining.data.waiting} actions={actions} notice={notice} onDecided={setNotice} />
          ) : null}
          <JoinedPeople joined={joining.data.joined} actions={actions} onRemoved={setNotice} />
        </>
      )}
    </section>
  );
}
