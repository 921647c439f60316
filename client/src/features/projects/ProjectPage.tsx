import { canManageProject, perspectiveLabels, roleLabels } from '@roundtable/shared';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { useProjectQuery } from '../../api/useProjectQuery.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { DocumentList } from '../documents/DocumentList.tsx';
import { NewDocumentForm } from '../documents/NewDocumentForm.tsx';
import { InviteCreator } from '../invites/InviteCreator.tsx';
import { MemberList } from '../members/MemberList.tsx';
import { timeGivenPath } from '../time-given/timeGivenApi.ts';
import { WhatsNew } from '../whats-new/WhatsNew.tsx';
import { WorkshopsSection } from '../workshops/WorkshopsSection.tsx';
import { projectSettingsPath } from './ProjectSettingsPage.tsx';

export function ProjectPage() {
  const { projectId = '' } = useParams();
  const query = useProjectQuery(projectId);
  useDocumentTitle(query.data?.project.name ?? (query.isPending ? 'Loading project' : 'Project'));

  if (query.isPending) return <LoadingState label="Loading the project" />;
  if (query.isError) return <QueryProblem error={query.error} thing="project" onRetry={() => void query.refetch()} />;

  const { project, me, members, documents } = query.data;
  const canManage = canManageProject(me.role);

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">My projects</Link>
          </li>
          <li aria-current="page">{project.name}</li>
        </ol>
      </nav>
      <h1>{project.name}</h1>
      {project.purpose ? <p className="lead">{project.purpose}</p> : null}
      <p className="page__meta">
        <span className="tag">Your role: {roleLabels[me.role]}</span>
        <span className="tag tag--quiet">Your perspective: {perspectiveLabels[me.perspective]}</span>
      </p>

      <WhatsNew projectId={project.id} />

      <div className="page__columns">
        <div className="page__primary">
          <section aria-labelledby="documents-heading" className="section">
            <h2 id="documents-heading" tabIndex={-1}>
              Documents
            </h2>
            <DocumentList
              projectId={project.id}
              documents={documents}
              canManage={canManage}
              headingId="documents-heading"
            />
          </section>
          <section aria-labelledby="new-document-heading" className="section panel">
            <h2 id="new-document-heading">New document</h2>
            <NewDocumentForm projectId={project.id} />
          </section>
          <WorkshopsSection projectId={project.id} />
        </div>

        <div className="page__secondary">
          <section aria-labelledby="people-heading" className="section">
            <h2 id="people-heading" tabIndex={-1}>
              People <span className="count">({members.length})</span>
            </h2>
            <MemberList
              projectId={project.id}
              members={members}
              me={me}
              canManage={canManage}
              headingId="people-heading"
            />
          </section>
          {canManage ? (
            <section aria-labelledby="invite-heading" className="section panel">
              <h2 id="invite-heading">Invite people</h2>
              <InviteCreator projectId={project.id} />
            </section>
          ) : null}
          <section aria-labelledby="time-given-heading" className="section panel">
            <h2 id="time-given-heading">Time given</h2>
            <p>Your time at workshops and between meetings, and a statement to download.</p>
            <Link to={timeGivenPath(project.id)} className="button button--secondary">
              See the time given
            </Link>
          </section>
          <section aria-labelledby="your-settings-heading" className="section panel">
            <h2 id="your-settings-heading">Your settings</h2>
            <p>Your perspective, how exports credit you, emails about comments, and leaving the project.</p>
            <Link to={projectSettingsPath(project.id)} className="button button--secondary">
              Change your settings
            </Link>
          </section>
        </div>
      </div>
    </div>
  );
}
