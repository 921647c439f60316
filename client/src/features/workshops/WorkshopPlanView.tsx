import type { Workshop } from '@roundtable/shared';
import { Link } from 'react-router';
import { formatClockTime, formatMinutes, formatWorkshopTime } from './formatWorkshopTime.ts';
import { documentPagePath } from './workshopPaths.ts';

const stateNotes: Record<Workshop['state'], string | null> = {
  planned: null,
  running: 'This workshop is running now.',
  ended: 'This workshop has ended.',
  cancelled: 'This workshop was cancelled.',
};

/** A workshop's plan as every member sees it: when, where, how to join, and the agenda. */
export function WorkshopPlanView({ workshop }: { workshop: Workshop }) {
  const note = stateNotes[workshop.state];
  return (
    <>
      {note ? <p className="notice">{note}</p> : null}
      <dl className="workshop-facts workshop-facts--large">
        <div>
          <dt>When</dt>
          <dd>{formatWorkshopTime(workshop.startsAt, workshop.endsAt)}</dd>
        </div>
        <div>
          <dt>Document</dt>
          <dd>
            <Link to={documentPagePath(workshop.projectId, workshop.documentId)}>{workshop.documentTitle}</Link>
          </dd>
        </div>
        <div>
          <dt>Place</dt>
          <dd>{workshop.place ?? 'Not given yet'}</dd>
        </div>
        <div>
          <dt>Online</dt>
          <dd>
            {workshop.meetingLink ? (
              <a href={workshop.meetingLink} rel="noopener noreferrer nofollow" target="_blank">
                Join the online meeting<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              'No online meeting'
            )}
          </dd>
        </div>
        <div>
          <dt>Planned by</dt>
          <dd>{workshop.createdBy.displayName}</dd>
        </div>
      </dl>
      <section aria-labelledby="agenda-heading" className="section agenda">
        <h2 id="agenda-heading">Agenda</h2>
        {workshop.agenda.length === 0 ? (
          <p className="empty-state">The agenda has not been planned yet.</p>
        ) : (
          <ol className="agenda-list">
            {workshop.agenda.map((item) => (
              <li key={item.id} className="agenda-item">
                <span className="agenda-item__time">{formatClockTime(item.startsAt)}</span>
                <div className="agenda-item__main">
                  <p className="agenda-item__title">{item.title}</p>
                  <p className="agenda-item__meta">
                    {formatMinutes(item.durationMinutes)}
                    {item.section
                      ? ` · ${item.section.title === null ? 'Section no longer in the document' : `Section: ${item.section.title}`}`
                      : ''}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
