import type { RunCommandBody, Workshop, WorkshopRun } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';
import { type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useAnnouncer } from '../../../a11y/useAnnouncer.ts';
import { isApiRequestError } from '../../../api/ApiRequestError.ts';
import type { CollaborationSession } from '../../../collaboration/Collaboration.ts';
import { CheckboxField } from '../../../components/CheckboxField.tsx';
import { bigScreenPath } from '../bigScreen/bigScreenPath.ts';
import { formatClockTime } from '../formatWorkshopTime.ts';
import { CurrentAgendaItem } from './CurrentAgendaItem.tsx';
import { describeRunChange } from './describeRunChange.ts';
import type { LiveRun } from './LiveRun.ts';
import { RoomControls } from './RoomControls.tsx';
import { RunButton } from './RunButton.tsx';
import { TimerControls } from './TimerControls.tsx';
import { useDocumentWorkshop } from './useDocumentWorkshop.ts';
import { useTimerSoundChoice } from './useTimerSoundChoice.ts';
import { WorkshopTimer } from './WorkshopTimer.tsx';
import './workshopPanel.css';

/** What the room's other parts (hands, "Bring everyone here") are given when mounted in the panel. */
export interface WorkshopPanelRoom {
  projectId: string;
  documentId: string;
  workshop: Workshop;
  run: WorkshopRun;
  /** Whether this person leads or facilitates, and so runs the room. */
  canRun: boolean;
  me: { id: string };
  session: CollaborationSession | null;
  editor: Editor | null;
}

interface WorkshopPanelProps {
  projectId: string;
  documentId: string;
  me: { id: string };
  session: CollaborationSession | null;
  editor: Editor | null;
  /** More of the room, shown in the panel while the workshop runs. */
  children?: (room: WorkshopPanelRoom) => ReactNode;
}

const stateWords: Record<WorkshopRun['state'], string> = {
  planned: 'Planned',
  running: 'Running',
  ended: 'Ended',
  cancelled: 'Cancelled',
};

const problemOf = (error: unknown) =>
  isApiRequestError(error) ? error.message : 'That did not work. Please try again.';

function when(workshop: Workshop, run: WorkshopRun): string {
  if (run.state === 'running' && run.startedAt) return `since ${formatClockTime(run.startedAt)}`;
  if (run.state === 'ended' && run.endedAt) return `at ${formatClockTime(run.endedAt)}`;
  return `to start at ${formatClockTime(workshop.startsAt)}`;
}

/**
 * The workshop on this document, on its page, while it runs (or is planned for today, or
 * has just ended): the agenda item the room is on and the shared timer for everyone, and
 * for leads and facilitators the buttons that run it. Changes arrive live from the server.
 */
export function WorkshopPanel({ projectId, documentId, me, session, editor, children }: WorkshopPanelProps) {
  const headingId = useId();
  const { announce } = useAnnouncer();
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const itemHeading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [soundOn, chooseSound] = useTimerSoundChoice();
  const onChange = useCallback(
    (before: LiveRun | null, after: LiveRun, workshop: Workshop) => {
      const message = describeRunChange(before?.run ?? null, after.run, workshop);
      if (message) announce(message);
    },
    [announce],
  );
  const { workshop, live, canRun, command } = useDocumentWorkshop({ projectId, documentId, session, onChange });
  if (!workshop || !live || live.run.state === 'cancelled') return null;
  const { run } = live;

  const send = async (body: RunCommandBody) => {
    if (command.isPending) return;
    setProblem(null);
    try {
      await command.mutateAsync(body);
    } catch (error) {
      // Ending asks first, and its dialog says what went wrong.
      if (body.command !== 'end') setProblem(problemOf(error));
      throw error;
    }
    // The button pressed is gone: the keyboard goes on from what replaced it.
    const next = body.command === 'start' ? itemHeading : body.command === 'end' ? panelHeading : null;
    if (next) requestAnimationFrame(() => next.current?.focus());
  };

  const room: WorkshopPanelRoom = { projectId, documentId, workshop, run, canRun, me, session, editor };
  return (
    <section className={`workshop-panel workshop-panel--${run.state}`} aria-labelledby={headingId}>
      <div className="workshop-panel__header">
        <h2 id={headingId} ref={panelHeading} tabIndex={-1}>
          Workshop: {workshop.title}
        </h2>
        <p className="workshop-panel__state">
          <span className="tag">{stateWords[run.state]}</span> {when(workshop, run)}
          {run.state === 'planned' || run.state === 'running' ? (
            <>
              {' · '}
              <Link to={bigScreenPath(projectId, documentId)} target="_blank" rel="noopener">
                Big screen (opens in a new tab)
              </Link>
            </>
          ) : null}
        </p>
      </div>

      {run.state === 'planned' ? (
        <div className="workshop-panel__planned">
          <p>
            {canRun
              ? 'Starting it shows everyone with this document open the first agenda item and the timer.'
              : 'When a facilitator starts it, the agenda item and the timer will show here.'}
          </p>
          {canRun ? (
            <RunButton tone="primary" onPress={() => void send({ command: 'start' }).catch(() => {})}>
              Start workshop
            </RunButton>
          ) : null}
        </div>
      ) : null}

      {run.state === 'running' ? (
        <>
          <div className="workshop-panel__body">
            <CurrentAgendaItem
              agenda={workshop.agenda}
              currentItemId={run.currentItemId}
              editor={editor}
              headingRef={itemHeading}
            />
            {run.timer ? (
              <div className="workshop-panel__timer">
                <WorkshopTimer timer={run.timer} offsetMs={live.offsetMs} soundOn={soundOn} />
                <CheckboxField
                  label="Sound near the end"
                  description="On this device: one chime at a minute left, two when time is up."
                  isSelected={soundOn}
                  onChange={chooseSound}
                />
              </div>
            ) : null}
          </div>
          {canRun ? (
            <div className="workshop-panel__actions">
              <RoomControls
                run={run}
                agendaIds={workshop.agenda.map((item) => item.id)}
                title={workshop.title}
                pending={command.isPending}
                send={send}
              />
              {run.timer ? <TimerControls timer={run.timer} send={send} /> : null}
            </div>
          ) : null}
        </>
      ) : null}

      {run.state === 'ended' ? <p>Thank you, everyone, for the time you gave to it.</p> : null}

      {problem ? (
        <p className="inline-error" role="alert">
          {problem}
        </p>
      ) : null}

      {/*
        The room's other parts (hands, "Bring everyone here", following the facilitator)
        mount here while the workshop runs, with `room` to hand.
      */}
      {run.state === 'running' ? <div className="workshop-panel__extras">{children?.(room)}</div> : null}
    </section>
  );
}
