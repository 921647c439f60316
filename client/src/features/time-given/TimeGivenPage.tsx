import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { useProjectQuery } from '../../api/useProjectQuery.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ProjectBreadcrumbs } from '../../components/ProjectBreadcrumbs.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { AddTimeForm } from './AddTimeForm.tsx';
import { GroupTime } from './GroupTime.tsx';
import { ShareTimeChoice } from './ShareTimeChoice.tsx';
import { timeGivenApi, timeGivenKeys } from './timeGivenApi.ts';
import { YourTime } from './YourTime.tsx';
import './timeGiven.css';

/**
 * Time given to a project (reciprocity): each person's time at workshops and the hours
 * they add themselves, their statement to download, and the group's table.
 */
export function TimeGivenPage() {
  const { projectId = '' } = useParams();
  const project = useProjectQuery(projectId);
  const mine = useQuery({ queryKey: timeGivenKeys.mine(projectId), queryFn: () => timeGivenApi.mine(projectId) });
  const group = useQuery({ queryKey: timeGivenKeys.group(projectId), queryFn: () => timeGivenApi.group(projectId) });
  const title = project.data ? `Time given to ${project.data.project.name}` : 'Time given';
  useDocumentTitle(project.isPending ? 'Loading time given' : title);

  if (project.isPending || mine.isPending) return <LoadingState label="Loading the time given" />;
  if (project.isError)
    return <QueryProblem error={project.error} thing="project" onRetry={() => void project.refetch()} />;
  if (mine.isError) return <QueryProblem error={mine.error} thing="time given" onRetry={() => void mine.refetch()} />;

  return (
    <div className="page page--narrow time-given">
      <ProjectBreadcrumbs project={project.data.project} current="Time given" />
      <h1>{title}</h1>
      <p className="lead">
        Everyone’s time is worth something. Here is the time you gave: at workshops, recorded while you were there, and
        time you add yourself.
      </p>
      <section aria-labelledby="your-time-heading" className="section panel">
        <h2 id="your-time-heading">Your time</h2>
        <YourTime projectId={projectId} statement={mine.data} />
        <ShareTimeChoice projectId={projectId} shared={mine.data.shared} />
      </section>
      <section className="section panel">
        <AddTimeForm projectId={projectId} />
      </section>
      <section aria-labelledby="group-time-heading" className="section panel">
        <h2 id="group-time-heading">The group’s time</h2>
        {group.isPending ? <p>Loading the group’s time…</p> : null}
        {group.isError ? (
          <p className="notice notice--error">The group’s time could not be loaded. Reload the page to try again.</p>
        ) : null}
        {group.data ? <GroupTime projectId={projectId} group={group.data} /> : null}
      </section>
    </div>
  );
}
