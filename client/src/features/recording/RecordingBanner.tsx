import type { RecordOnBehalf } from '../../collaboration/useRecordOnBehalf.ts';
import { Icon } from '../../components/Icon.tsx';

/**
 * Stays in view above the text while a scribe records for someone, so they never type
 * their own words into someone else's name by mistake.
 */
export function RecordingBanner({ recording }: { recording: RecordOnBehalf }) {
  const { recordingFor, pending, error, stop } = recording;
  return (
    <div role="status" className="recording-banner-region">
      {recordingFor ? (
        <div className="recording-banner">
          <Icon name="microphone" />
          <p className="recording-banner__text">
            <strong>You are recording for {recordingFor.name}.</strong>{' '}
            <span className="recording-banner__detail">What you type is credited to them, recorded by you.</span>
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={pending}
            onClick={() => {
              if (!pending) stop();
            }}
          >
            {pending ? 'Stopping…' : 'Stop recording'}
          </button>
          {error ? (
            <p className="recording-banner__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
