import { roleLabels } from '@roundtable/shared';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { useProjectsQuery } from '../../api/useProjectsQuery.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { NewProjectForm } from './NewProjectForm.tsx';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function ProjectsPage() {
  useDocumentTitle('My projects');
  const projects = useProjectsQuery();

  if (projects.isPending) return <LoadingState label="Loading your projects" />;
  if (projects.isError)
    return <QueryProblem error={projects.error} thing="list of projects" onRetry={() => void projects.refetch()} />;

  const list = projects.data.projects;
  return (
    <div className="page">
      <h1>My projects</h1>
      <div className="page__columns">
        <section className="page__primary" aria-labelledby="project-list-heading">
          <h2 id="project-list-heading" className="visually-hidden">
            Your projects
          </h2>
          {list.length === 0 ? (
            <div className="empty-state">
              <p className="empty-state__title">You are not in any projects yet.</p>
              <p>
                A project is a group of people — people who use a service and the staff who run it — writing a strategy
                together. Everyone in a project can read and edit its documents as equals.
              </p>
              <p>Start a project here, or ask a project's lead to send you an invite link.</p>
            </div>
          ) : (
            <ul className="card-list">
              {list.map((project) => (
                <li key={project.id} className="card">
                  <h3 className="card__title">
                    <Link to={`/projects/${project.id}`} className="card__link">
                      {project.name}
                    </Link>
                  </h3>
                  {project.purpose ? <p className="card__text">{project.purpose}</p> : null}
                  <p className="card__meta">
                    <span className="tag">
                      <span className="visually-hidden">Your role: </span>
                      {roleLabels[project.myRole]}
                    </span>
                    <span>{plural(project.memberCount, 'member', 'members')}</span>
                    <span>{plural(project.documentCount, 'document', 'documents')}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="page__secondary panel" aria-labelledby="new-project-heading">
          <h2 id="new-project-heading">Start a new project</h2>
          <NewProjectForm />
        </section>
      </div>
    </div>
  );
}
