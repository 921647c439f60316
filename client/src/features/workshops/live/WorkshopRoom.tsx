import type { EveryoneBroughtEvent, Workshop } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';
import { useEffect, useRef } from 'react';
import type { CollaborationSession } from '../../../collaboration/Collaboration.ts';
import { useWorkshopRoomEvents } from '../../../collaboration/useWorkshopRoomEvents.ts';
import { WhoIsInTheRoom } from '../attendance/WhoIsInTheRoom.tsx';
import { BringEveryoneHere } from './BringEveryoneHere.tsx';
import { FollowFacilitator } from './FollowFacilitator.tsx';
import { HandsPanel } from './HandsPanel.tsx';
import { useDocumentSections } from './useDocumentSections.ts';
import { useFollowing } from './useFollowing.ts';
import { useHands } from './useHands.ts';
import { useViewMoves, type ViewMoveRequest } from './useViewMoves.ts';
import { ViewMoveNotice } from './ViewMoveNotice.tsx';
import './workshopRoom.css';

interface WorkshopRoomProps {
  projectId: string;
  /** A running workshop on the open document. */
  workshop: Pick<Workshop, 'id' | 'agenda'>;
  /** The agenda item the room is on now. */
  currentItemId: string | null;
  me: { id: string };
  session: CollaborationSession | null;
  editor: Editor | null;
}

function broughtRequest(event: EveryoneBroughtEvent, myId: string): ViewMoveRequest {
  const where = `‘${event.sectionTitle}’`;
  const who = event.by.id === myId ? 'You' : event.by.displayName;
  return {
    sectionId: event.sectionId,
    movedText: `${who} brought everyone to ${where}.`,
    waitingText: `${who} ${event.by.id === myId ? 'are' : 'is'} bringing everyone to ${where}. You will be taken there when you pause typing.`,
    goneText: `${who} brought everyone to ${where}, which is no longer a heading in the document.`,
  };
}

/**
 * The room of a running workshop, on its document's page: hands, bringing everyone to a
 * section and who is in the room (for leads and facilitators), and following the
 * facilitator.
 */
export function WorkshopRoom({ projectId, workshop, currentItemId, me, session, editor }: WorkshopRoomProps) {
  const hands = useHands({ projectId, workshopId: workshop.id, myId: me.id, session });
  const moves = useViewMoves(editor);
  const sections = useDocumentSections(editor);
  const [following, setFollowing] = useFollowing(workshop.id);
  const current = workshop.agenda.find((item) => item.id === currentItemId) ?? null;
  const currentSection = current?.section ?? null;

  useWorkshopRoomEvents(session, {
    onEveryoneBrought: (event) => {
      if (event.workshopId === workshop.id) moves.moveTo(broughtRequest(event, me.id));
    },
  });

  // Following: the view goes to each agenda item's section as the room moves on, and to
  // the current one on choosing to follow.
  const followed = useRef<string | null>(null);
  const moveTo = moves.moveTo;
  useEffect(() => {
    if (!following) {
      followed.current = null;
      return;
    }
    if (!current || !currentSection || followed.current === current.id) return;
    followed.current = current.id;
    const where = `‘${currentSection.title ?? current.title}’`;
    moveTo({
      sectionId: currentSection.sectionId,
      movedText: `Following the facilitator to ${where}.`,
      waitingText: `The room has moved on to ${where}. You will be taken there when you pause typing.`,
      goneText: `The room has moved on to ${current.title}, whose section is no longer in the document.`,
    });
  }, [following, current, currentSection, moveTo]);

  const canRun = hands.query.data?.canManage ?? false;
  return (
    <div className="workshop-room">
      <HandsPanel hands={hands} myId={me.id} />
      <div className="workshop-room__views">
        {canRun ? (
          <BringEveryoneHere
            projectId={projectId}
            workshopId={workshop.id}
            sections={sections}
            suggestedSectionId={currentSection?.sectionId ?? null}
          />
        ) : null}
        <FollowFacilitator following={following} onChange={setFollowing} />
      </div>
      <ViewMoveNotice moves={moves} />
      {canRun ? <WhoIsInTheRoom projectId={projectId} workshopId={workshop.id} /> : null}
    </div>
  );
}
