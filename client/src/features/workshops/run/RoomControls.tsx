import type { RunCommandBody, WorkshopRun } from '@roundtable/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { RunButton } from './RunButton.tsx';

interface RoomControlsProps {
  run: WorkshopRun;
  agendaIds: string[];
  title: string;
  pending: boolean;
  send: (body: RunCommandBody) => Promise<unknown>;
}

/** For leads and facilitators: the buttons that move the room along, and end it after asking. */
export function RoomControls({ run, agendaIds, title, pending, send }: RoomControlsProps) {
  const [askingToEnd, setAskingToEnd] = useState(false);
  const [endProblem, setEndProblem] = useState<string | null>(null);
  const index = agendaIds.indexOf(run.currentItemId ?? '');
  const fromItemId = run.currentItemId;
  const hasNext = agendaIds.length > 0 && index < agendaIds.length - 1;
  const hasPrevious = index > 0;

  const move = (command: 'next' | 'previous') => void send({ command, fromItemId }).catch(() => {});
  const end = async () => {
    setEndProblem(null);
    try {
      await send({ command: 'end' });
      setAskingToEnd(false);
    } catch (error) {
      setEndProblem(error instanceof Error ? error.message : 'That did not work. Please try again.');
    }
  };

  return (
    <fieldset className="workshop-panel__controls">
      <legend>Agenda</legend>
      <RunButton unavailable={!hasPrevious} onPress={() => move('previous')}>
        Previous item
      </RunButton>
      <RunButton tone="primary" unavailable={!hasNext} onPress={() => move('next')}>
        Next item
      </RunButton>
      <RunButton tone="quiet" onPress={() => setAskingToEnd(true)}>
        End workshop
      </RunButton>
      <ConfirmDialog
        isOpen={askingToEnd}
        onOpenChange={(open) => {
          setAskingToEnd(open);
          setEndProblem(null);
        }}
        title="End this workshop?"
        confirmLabel="End workshop"
        cancelLabel="Keep it running"
        onConfirm={() => void end()}
        isPending={pending}
        error={endProblem}
      >
        <p>
          Everyone will see that “{title}” has ended, and the timer stops. A workshop that has ended cannot be started
          again.
        </p>
      </ConfirmDialog>
    </fieldset>
  );
}
