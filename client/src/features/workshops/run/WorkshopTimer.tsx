import { type WorkshopTimer as Timer, timerRemainingMs, WorkshopRunLimits } from '@roundtable/shared';
import { useId } from 'react';
import { formatClockTime } from '../formatWorkshopTime.ts';
import { formatCountdown } from './formatCountdown.ts';
import { useServerNow } from './useServerNow.ts';
import { useTimerCues } from './useTimerCues.ts';

interface WorkshopTimerProps {
  timer: Timer;
  /** How far the server's clock is ahead of this device's. */
  offsetMs: number;
  /** Whether to chime at one minute left and at zero, on this device. */
  soundOn: boolean;
}

type Phase = 'paused' | 'running' | 'nearly-up' | 'up';

function phaseOf(timer: Timer, remainingMs: number): Phase {
  if (remainingMs === 0) return 'up';
  if (timer.status === 'paused') return 'paused';
  return remainingMs <= WorkshopRunLimits.nearlyUpMs ? 'nearly-up' : 'running';
}

const phaseWords: Record<Phase, string> = {
  paused: 'Paused',
  running: 'Running',
  'nearly-up': 'Less than a minute left',
  up: 'Time is up',
};

/** The marks beside the words, so the phase never rests on colour: pause bars, a clock, an hourglass, a bell. */
function PhaseMark({ phase }: { phase: Phase }) {
  const paths: Record<Phase, string> = {
    paused: 'M8 5v14M16 5v14',
    running: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 3',
    'nearly-up': 'M6 3h12M6 21h12M7 3c0 5 10 7 10 18M17 3c0 5-10 7-10 18',
    up: 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 21h4',
  };
  return (
    <svg className="icon" width={20} height={20} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={paths[phase]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The shared timer in large type, counting down to the server's deadline on every
 * screen. Near the end it says so in words and with a calm outline that pulses slowly
 * (still under reduced motion); screen readers hear one minute left and time up, and a
 * chime plays where the person switched it on.
 */
export function WorkshopTimer({ timer, offsetMs, soundOn }: WorkshopTimerProps) {
  const labelId = useId();
  const now = useServerNow(offsetMs, timer.status === 'running');
  const remaining = timerRemainingMs(timer, now);
  const phase = phaseOf(timer, remaining);
  useTimerCues(remaining, timer.status === 'running', soundOn);

  return (
    <div
      className={`workshop-timer workshop-timer--${phase}`}
      data-deadline={timer.status === 'running' ? timer.deadline : undefined}
    >
      <p className="workshop-timer__label" id={labelId}>
        Timer
      </p>
      <p className="workshop-timer__time" role="timer" aria-labelledby={labelId}>
        {formatCountdown(remaining)}
      </p>
      <p className="workshop-timer__phase">
        <PhaseMark phase={phase} />
        <span>
          {phaseWords[phase]}
          {timer.status === 'running' && phase !== 'up' ? (
            <>
              {' '}
              · ends at <time dateTime={timer.deadline}>{formatClockTime(timer.deadline)}</time>
            </>
          ) : null}
        </span>
      </p>
    </div>
  );
}
