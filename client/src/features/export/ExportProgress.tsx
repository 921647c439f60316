import { Label, ProgressBar } from 'react-aria-components';
import { formatFileSize } from './formatFileSize.ts';

interface ExportProgressProps {
  /** Null while the server is still writing the file, so its size is not known yet. */
  received: number | null;
  total: number | null;
  onStop: () => void;
}

/**
 * How far an export has got: a moving bar while the server writes the file (a long
 * document can take a while), then how much of it has arrived.
 */
export function ExportProgress({ received, total, onStop }: ExportProgressProps) {
  const measurable = received !== null && total !== null;
  return (
    <div className="export-progress">
      <ProgressBar
        className="export-progress__bar"
        isIndeterminate={!measurable}
        value={received ?? 0}
        maxValue={total ?? 1}
        valueLabel={measurable ? `${formatFileSize(received)} of ${formatFileSize(total)}` : undefined}
      >
        {({ percentage, valueText }) => (
          <>
            <div className="export-progress__text">
              <Label className="export-progress__label">
                {received === null ? 'Preparing the file…' : 'Downloading the file…'}
              </Label>
              {measurable ? <span className="export-progress__value">{valueText}</span> : null}
            </div>
            <div className="export-progress__track">
              <div
                className={measurable ? 'export-progress__fill' : 'export-progress__fill export-progress__fill--moving'}
                style={measurable ? { width: `${percentage ?? 0}%` } : undefined}
              />
            </div>
          </>
        )}
      </ProgressBar>
      <button type="button" className="button button--secondary button--small" onClick={onStop}>
        Stop export
      </button>
    </div>
  );
}
