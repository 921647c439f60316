import { formatMinutes, type GroupTimeResponse } from '@roundtable/shared';
import { timeGivenApi } from './timeGivenApi.ts';

/** The group's time: everyone for leads (with a CSV to download); for others, those who share theirs. */
export function GroupTime({ projectId, group }: { projectId: string; group: GroupTimeResponse }) {
  return (
    <>
      <p className="time-given__help">
        {group.seesEveryone
          ? 'As a lead you see everyone’s time. Other members see only the people who choose to share it.'
          : 'You see the people who chose to share their time.'}
      </p>
      {group.rows.length === 0 ? (
        <p>Nobody has shared their time yet.</p>
      ) : (
        <table className="time-given__table">
          <caption className="visually-hidden">Time given by each person</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Workshops</th>
              <th scope="col">At workshops (recorded)</th>
              <th scope="col">Added by the person</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <tr key={row.userId}>
                <th scope="row">{row.displayName}</th>
                <td>{row.workshops}</td>
                <td>{formatMinutes(row.attendedMinutes)}</td>
                <td>{formatMinutes(row.addedMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {group.seesEveryone ? (
        <p>
          <a className="button button--secondary" href={timeGivenApi.groupCsvUrl(projectId)} download>
            Download the table (CSV)
          </a>
        </p>
      ) : null}
    </>
  );
}
