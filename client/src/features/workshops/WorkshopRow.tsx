import type { WorkshopSummary } from '@roundtable/shared';
import { Link } from 'react-router';
import { formatMinutes, formatWorkshopTime } from './formatWorkshopTime.ts';
import { workshopPagePath } from './workshopPaths.ts';

const stateTags: Partial<Record<WorkshopSummary['state'], string>> = {
  running: 'Running now',
  cancelled: 'Cancelled',
  ended: 'Ended',
};

interface WorkshopRowProps {
  workshop: WorkshopSummary;
  canRun: boolean;
  /** A planned workshop whose time went by without it being run. */
  notRun?: boolean;
}

/** One workshop in the project's list: when, on which document, where, and how to join online. */
export function WorkshopRow({ workshop, canRun, notRun = false }: WorkshopRowProps) {
  const path = workshopPagePath(workshop.projectId, workshop.id);
  const tag = notRun ? 'Not run' : stateTags[workshop.state];
  const editable = canRun && (workshop.state === 'planned' || workshop.state === 'running') && !notRun;
  return (
    <li className={workshop.state === 'cancelled' ? 'workshop-row workshop-row--cancelled' : 'workshop-row'}>
      <div className="workshop-row__main">
        <h4 className="workshop-row__title">
          <Link to={path}>{workshop.title}</Link>
          {tag ? <span className="tag tag--small">{tag}</span> : null}
        </h4>
        <p className="workshop-row__when">{formatWorkshopTime(workshop.startsAt, workshop.endsAt)}</p>
        <dl className="workshop-facts">
          <div>
            <dt>Document</dt>
            <dd>{workshop.documentTitle}</dd>
          </div>
          <div>
            <dt>Place</dt>
            <dd>{workshop.place ?? 'Not given yet'}</dd>
          </div>
          {workshop.meetingLink ? (
            <div>
              <dt>Online</dt>
              <dd>
                <a href={workshop.meetingLink} rel="noopener noreferrer nofollow" target="_blank">
                  Join the online meeting
                  <span className="visually-hidden"> for {workshop.title} (opens in a new tab)</span>
                </a>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Agenda</dt>
            <dd>
              {workshop.agendaItemCount === 0
                ? 'Not planned yet'
                : `${workshop.agendaItemCount} ${workshop.agendaItemCount === 1 ? 'item' : 'items'}, ${formatMinutes(workshop.agendaMinutes)}`}
            </dd>
          </div>
        </dl>
      </div>
      {editable ? (
        <div className="workshop-row__actions">
          <Link className="button button--small button--secondary" to={path}>
            Edit plan<span className="visually-hidden"> for {workshop.title}</span>
          </Link>
        </div>
      ) : null}
    </li>
  );
}
