import { formatMinutes, type TimeStatementResponse } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { timeGivenApi, timeGivenKeys } from './timeGivenApi.ts';

const dayOf = (at: string, timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(at));
const clockOf = (at: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(at));

type Entry = TimeStatementResponse['entries'][number];

/** A person's own time: recorded at workshops, then what they added, each totalled, and the statement to download. */
export function YourTime({ projectId, statement }: { projectId: string; statement: TimeStatementResponse }) {
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const [removing, setRemoving] = useState<Entry | null>(null);
  const remove = useMutation({
    mutationFn: (entry: Entry) => timeGivenApi.removeEntry(projectId, entry.id),
    onSuccess: (next) => {
      queryClient.setQueryData(timeGivenKeys.mine(projectId), next);
      void queryClient.invalidateQueries({ queryKey: timeGivenKeys.group(projectId) });
      setRemoving(null);
      announce('That time is removed.');
    },
  });
  return (
    <>
      <p className="time-given__totals">
        <span>
          At workshops: <strong>{formatMinutes(statement.attendedMinutes)}</strong>
        </span>
        <span>
          Added by you: <strong>{formatMinutes(statement.addedMinutes)}</strong>
        </span>
        <span>
          In all: <strong>{formatMinutes(statement.attendedMinutes + statement.addedMinutes)}</strong>
        </span>
      </p>
      <p>
        <a className="button button--secondary" href={timeGivenApi.statementPdfUrl(projectId)} download>
          Download your statement (PDF)
        </a>
      </p>
      <p className="time-given__help">
        The statement gives the project, the dates and the hours, for a time-credit scheme or a manager.
      </p>

      <h3>At workshops (recorded)</h3>
      {statement.workshops.length === 0 ? (
        <p>
          None yet. Time is recorded while a workshop runs and you have its document open, or a facilitator ticks you as
          in the room.
        </p>
      ) : (
        <ul className="time-given__list">
          {statement.workshops.map((workshop) => (
            <li key={workshop.workshopId}>
              <strong>{workshop.title}</strong>, {dayOf(workshop.firstAt, workshop.timeZone)},{' '}
              {clockOf(workshop.firstAt, workshop.timeZone)} to {clockOf(workshop.lastAt, workshop.timeZone)}:{' '}
              {formatMinutes(workshop.minutes)}
              {workshop.inRoom ? ' (ticked in the room)' : ''}
            </li>
          ))}
        </ul>
      )}

      <h3>Added by you</h3>
      {statement.entries.length === 0 ? (
        <p>Nothing added yet.</p>
      ) : (
        <ul className="time-given__list">
          {statement.entries.map((entry) => (
            <li key={entry.id} className="time-given__entry">
              <span>
                {dayOf(`${entry.workedOn}T12:00:00Z`, 'UTC')}: {entry.description} — {formatMinutes(entry.minutes)}
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  remove.reset();
                  setRemoving(entry);
                }}
              >
                Remove<span className="visually-hidden"> the time for {entry.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title="Remove this time?"
        confirmLabel="Remove it"
        cancelLabel="Keep it"
        tone="danger"
        isPending={remove.isPending}
        error={
          remove.error instanceof ApiRequestError
            ? remove.error.message
            : remove.error
              ? 'That did not work. Try again.'
              : null
        }
        onConfirm={() => {
          if (removing) remove.mutate(removing);
        }}
      >
        <p>
          {removing
            ? `${formatMinutes(removing.minutes)} on ${dayOf(`${removing.workedOn}T12:00:00Z`, 'UTC')}: ${removing.description}`
            : ''}
        </p>
        <p>It leaves your statement. You can add it again later.</p>
      </ConfirmDialog>
    </>
  );
}
