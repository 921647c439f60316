import { type RunCommandBody, timerRemainingMs, type WorkshopTimer } from '@roundtable/shared';
import { RunButton } from './RunButton.tsx';

interface TimerControlsProps {
  timer: WorkshopTimer;
  send: (body: RunCommandBody) => Promise<unknown>;
}

/** For leads and facilitators: start or pause the shared timer, add a minute, or set it back to the item's time. */
export function TimerControls({ timer, send }: TimerControlsProps) {
  const running = timer.status === 'running';
  // A paused timer with nothing left cannot start; there is a minute to add or a reset instead.
  const empty = !running && timerRemainingMs(timer, 0) === 0;
  const act = (command: RunCommandBody['command']) => void send({ command }).catch(() => {});
  return (
    <fieldset className="workshop-panel__controls">
      <legend>Timer</legend>
      <RunButton unavailable={empty} onPress={() => act(running ? 'pause-timer' : 'start-timer')}>
        {running ? 'Pause timer' : 'Start timer'}
      </RunButton>
      <RunButton onPress={() => act('add-minute')}>Add a minute</RunButton>
      <RunButton onPress={() => act('reset-timer')}>Reset timer</RunButton>
    </fieldset>
  );
}
