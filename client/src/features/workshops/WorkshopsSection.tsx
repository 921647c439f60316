import type { WorkshopSummary } from '@roundtable/shared';
import { Link } from 'react-router';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { Icon } from '../../components/Icon.tsx';
import { WorkshopRow } from './WorkshopRow.tsx';
import { WorkshopTimesNote } from './WorkshopTimesNote.tsx';
import { newWorkshopPagePath } from './workshopPaths.ts';
import { useWorkshopsQuery } from './workshopQueries.ts';

/** The project's workshops: running, coming, past and cancelled, and, for leads and facilitators, planning a new one. */
export function WorkshopsSection({ projectId }: { projectId: string }) {
  const query = useWorkshopsQuery(projectId);

  return (
    <section aria-labelledby="workshops-heading" className="section workshops">
      <div className="workshops__header">
        <h2 id="workshops-heading" tabIndex={-1}>
          Workshops
        </h2>
        {query.data?.canRun ? (
          <Link className="button button--primary" to={newWorkshopPagePath(projectId)}>
            Plan a workshop
          </Link>
        ) : null}
      </div>
      {query.isPending ? (
        <p role="status" className="muted">
          Loading workshops…
        </p>
      ) : query.isError ? (
        <div className="notice notice--error" role="alert">
          <Icon name="alert" />
          <p>
            {isApiRequestError(query.error) ? query.error.message : 'The workshops could not be loaded.'}{' '}
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => void query.refetch()}
            >
              Try again
            </button>
          </p>
        </div>
      ) : (
        <WorkshopLists {...query.data} projectId={projectId} />
      )}
    </section>
  );
}

function WorkshopLists({
  coming,
  running,
  past,
  cancelled,
  canRun,
  times,
}: NonNullable<ReturnType<typeof useWorkshopsQuery>['data']> & { projectId: string }) {
  const nothing = coming.length + running.length + past.length + cancelled.length === 0;
  if (nothing) {
    return (
      <p className="empty-state">
        {canRun
          ? 'No workshops yet. Plan one to meet and work on a document together, in a room, online or both.'
          : 'No workshops yet. When a lead or facilitator plans one, it will be listed here.'}
      </p>
    );
  }
  return (
    <>
      <WorkshopTimesNote times={times} />
      <WorkshopGroup id="running" title="Running now" workshops={running} canRun={canRun} />
      <WorkshopGroup
        id="coming"
        title="Coming up"
        workshops={coming}
        canRun={canRun}
        empty="No workshops are planned at the moment."
      />
      <WorkshopGroup id="past" title="Past" workshops={past} canRun={canRun} />
      <WorkshopGroup id="cancelled" title="Cancelled" workshops={cancelled} canRun={canRun} />
    </>
  );
}

interface WorkshopGroupProps {
  id: string;
  title: string;
  workshops: WorkshopSummary[];
  canRun: boolean;
  /** Said when there are none; without it, an empty group is not shown. */
  empty?: string;
}

function WorkshopGroup({ id, title, workshops, canRun, empty }: WorkshopGroupProps) {
  if (workshops.length === 0 && !empty) return null;
  const headingId = `workshops-${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="workshops__group">
      <h3 id={headingId}>
        {title} <span className="count">({workshops.length})</span>
      </h3>
      {workshops.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="workshop-list">
          {workshops.map((workshop) => (
            <WorkshopRow
              key={workshop.id}
              workshop={workshop}
              canRun={canRun}
              notRun={id === 'past' && workshop.state === 'planned'}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
