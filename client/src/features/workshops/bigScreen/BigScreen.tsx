import type { DocumentDetailResponse, User, Workshop } from '@roundtable/shared';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { useCollaboration } from '../../../collaboration/useCollaboration.ts';
import { useWorkshopRoomEvents } from '../../../collaboration/useWorkshopRoomEvents.ts';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { formatMinutes } from '../formatWorkshopTime.ts';
import { useHands } from '../live/useHands.ts';
import { useDocumentWorkshop } from '../run/useDocumentWorkshop.ts';
import { WorkshopTimer } from '../run/WorkshopTimer.tsx';
import { documentPagePath } from '../workshopPaths.ts';
import { BigScreenHands } from './BigScreenHands.tsx';
import { BigScreenSection } from './BigScreenSection.tsx';
import '../run/workshopPanel.css';
import './bigScreen.css';

interface BigScreenProps {
  detail: DocumentDetailResponse;
  user: User;
}

/** Where the facilitator brought everyone, kept only while the room stays on the same item. */
interface Brought {
  sectionId: string;
  title: string;
  by: string;
  itemId: string | null;
}

/**
 * A running workshop for a projector or a shared screen: the item the room is on and
 * what comes next, the shared timer, the hand queue and the section being discussed, in
 * large type, kept live over the document's connection. Nothing on it can be edited.
 */
export function BigScreen({ detail, user }: BigScreenProps) {
  const { project, document, me, collaborationName } = detail;
  const collaboration = useCollaboration({ collaborationName, user, perspective: me.perspective });
  const { session } = collaboration;
  const { query, workshop, live } = useDocumentWorkshop({ projectId: project.id, documentId: document.id, session });
  const run = live?.run ?? null;
  const running = workshop !== null && run?.state === 'running';
  const backLink = (
    <p className="big-screen__back">
      <Link to={documentPagePath(project.id, document.id)}>Back to the document</Link>
    </p>
  );

  if (query.isPending) return <LoadingState label="Opening the big screen" />;
  if (query.isError) {
    return (
      <div className="big-screen big-screen--quiet">
        <h1>{document.title}</h1>
        <p role="alert">The workshop could not be loaded. Reload the page to try again.</p>
        {backLink}
      </div>
    );
  }
  if (!running || !run) {
    return (
      <div className="big-screen big-screen--quiet">
        <h1>{document.title}</h1>
        <p>No workshop is running on this document.</p>
        {backLink}
      </div>
    );
  }
  return (
    <RunningBigScreen
      projectId={project.id}
      workshop={workshop}
      currentItemId={run.currentItemId}
      userId={user.id}
      collaboration={collaboration}
      timer={run.timer ? <WorkshopTimer timer={run.timer} offsetMs={live?.offsetMs ?? 0} soundOn={false} /> : null}
      backLink={backLink}
    />
  );
}

interface RunningBigScreenProps {
  projectId: string;
  workshop: Workshop;
  currentItemId: string | null;
  userId: string;
  collaboration: ReturnType<typeof useCollaboration>;
  timer: ReactNode;
  backLink: ReactNode;
}

function RunningBigScreen({
  projectId,
  workshop,
  currentItemId,
  userId,
  collaboration,
  timer,
  backLink,
}: RunningBigScreenProps) {
  const { session } = collaboration;
  const hands = useHands({ projectId, workshopId: workshop.id, myId: userId, session });
  const [brought, setBrought] = useState<Brought | null>(null);
  useWorkshopRoomEvents(session, {
    onEveryoneBrought: (event) => {
      if (event.workshopId !== workshop.id) return;
      setBrought({
        sectionId: event.sectionId,
        title: event.sectionTitle,
        by: event.by.displayName,
        itemId: currentItemId,
      });
    },
  });

  const { agenda } = workshop;
  const index = agenda.findIndex((item) => item.id === currentItemId);
  const item = agenda[index];
  const next = agenda[index + 1];
  const broughtHere = brought && brought.itemId === currentItemId ? brought : null;
  const section = broughtHere
    ? { sectionId: broughtHere.sectionId, title: broughtHere.title, broughtBy: broughtHere.by }
    : item?.section
      ? { sectionId: item.section.sectionId, title: item.section.title, broughtBy: null }
      : null;

  return (
    <div className="big-screen">
      <header className="big-screen__header">
        <h1>{workshop.title}</h1>
        {item ? (
          <p className="big-screen__position">
            Item {index + 1} of {agenda.length} · {formatMinutes(item.durationMinutes)}
          </p>
        ) : null}
      </header>
      <div className="big-screen__layout">
        <div className="big-screen__main">
          <section className="big-screen__item" aria-labelledby="big-screen-item">
            <p className="big-screen__label">Now</p>
            <h2 id="big-screen-item">{item ? item.title : agenda.length === 0 ? 'No agenda' : 'Between items'}</h2>
            {item ? (
              <p className="big-screen__next">{next ? `Up next: ${next.title}` : 'This is the last item.'}</p>
            ) : null}
          </section>
          {section ? (
            <BigScreenSection
              key={section.sectionId}
              collaboration={collaboration}
              sectionId={section.sectionId}
              title={section.title}
              broughtBy={section.broughtBy}
            />
          ) : null}
        </div>
        <div className="big-screen__side">
          {timer}
          <BigScreenHands hands={hands.query.data?.hands} />
        </div>
      </div>
      {backLink}
    </div>
  );
}
