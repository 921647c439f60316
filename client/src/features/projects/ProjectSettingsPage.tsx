import { useParams } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { useProjectQuery } from '../../api/useProjectQuery.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ProjectBreadcrumbs } from '../../components/ProjectBreadcrumbs.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { CreditAsForm } from '../members/CreditAsForm.tsx';
import { EmailNotificationsForm } from '../members/EmailNotificationsForm.tsx';
import { LeaveProject } from '../members/LeaveProject.tsx';
import { YourPerspectiveForm } from '../members/YourPerspectiveForm.tsx';

/** The way to a person's own settings in a project, from the project's page. */
export const projectSettingsPath = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/settings`;

/**
 * A person's own choices in one project — their perspective, how exports credit them,
 * emails about comments, and leaving — on a page of their own, so the project's page
 * shows the work first.
 */
export function ProjectSettingsPage() {
  const { projectId = '' } = useParams();
  const query = useProjectQuery(projectId);
  const title = query.data ? `Your settings in ${query.data.project.name}` : 'Your settings';
  useDocumentTitle(query.isPending ? 'Loading your settings' : title);

  if (query.isPending) return <LoadingState label="Loading your settings" />;
  if (query.isError) return <QueryProblem error={query.error} thing="project" onRetry={() => void query.refetch()} />;

  const { project, me, members } = query.data;
  const myName = members.find((member) => member.userId === me.userId)?.displayName ?? null;

  return (
    <div className="page page--narrow">
      <ProjectBreadcrumbs project={project} current="Your settings" />
      <h1>{title}</h1>
      <p className="lead">These are yours alone: nobody else can change them.</p>
      <section aria-labelledby="perspective-heading" className="section panel">
        <h2 id="perspective-heading">Your perspective</h2>
        <YourPerspectiveForm projectId={project.id} me={me} />
      </section>
      <section aria-labelledby="credit-heading" className="section panel">
        <h2 id="credit-heading">How exports credit you</h2>
        <CreditAsForm projectId={project.id} me={me} myName={myName} />
      </section>
      <section aria-labelledby="email-heading" className="section panel">
        <h2 id="email-heading">Emails about comments</h2>
        <EmailNotificationsForm projectId={project.id} me={me} />
      </section>
      <section aria-labelledby="leave-heading" className="section">
        <h2 id="leave-heading">Leave this project</h2>
        <LeaveProject projectName={project.name} me={me} />
      </section>
    </div>
  );
}
