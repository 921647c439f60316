import type { PersonalDataExportStatus } from '@roundtable/shared';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { PERSONAL_DATA_EXPORT_PATH, usePersonalDataExport } from './usePersonalDataExport.ts';

function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function progressLabel(status: PersonalDataExportStatus): string {
  if (status.documentsTotal === 0) return 'Gathering your data…';
  return `Gathering your data: ${status.documentsDone} of ${status.documentsTotal} documents read.`;
}

/**
 * "Your data": a copy of everything the person wrote and did, as a zip they can keep.
 * It is made in the background; the page shows how far it has got and offers the
 * download once it is ready.
 */
export function YourDataSection() {
  const { query, start } = usePersonalDataExport();
  const status = query.data?.export ?? null;
  const working = status?.state === 'working' || start.isPending;
  const makeCopy = (
    <button
      type="button"
      className="button button--secondary"
      aria-disabled={working}
      onClick={() => {
        if (!working) start.mutate();
      }}
    >
      {status ? 'Make a new copy' : 'Make a copy of my data'}
    </button>
  );
  return (
    <section className="section panel" aria-labelledby="your-data-title">
      <h2 id="your-data-title">Your data</h2>
      <p>
        Get a copy of everything you wrote and did in Roundtable: your words in each document, your edit sessions and
        your comments. It comes as a zip file with a text file for each document. Other people’s words are not in it.
      </p>
      <QueryState what="your data" isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        <div role="status" className="your-data__status">
          {status?.state === 'working' ? (
            <>
              <p>{progressLabel(status)}</p>
              <progress
                className="your-data__progress"
                aria-label="Progress gathering your data"
                value={status.documentsDone}
                max={Math.max(status.documentsTotal, 1)}
              />
            </>
          ) : null}
          {status?.state === 'ready' && status.expiresAt && status.sizeBytes !== null ? (
            <p>
              {`Your copy is ready (${sizeLabel(status.sizeBytes)}). It is kept until ${formatDateTime(status.expiresAt)}.`}
            </p>
          ) : null}
          {status?.state === 'failed' ? <p className="inline-error">{status.failure}</p> : null}
          {start.error ? (
            <p className="inline-error">
              {isApiRequestError(start.error) ? start.error.message : 'Something went wrong. Please try again.'}
            </p>
          ) : null}
        </div>
        <div className="your-data__actions">
          {status?.state === 'ready' ? (
            <a className="button button--primary" href={`${PERSONAL_DATA_EXPORT_PATH}/download`} download>
              Download my data
            </a>
          ) : null}
          {status?.state === 'working' ? null : makeCopy}
        </div>
      </QueryState>
    </section>
  );
}
