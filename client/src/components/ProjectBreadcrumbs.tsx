import { Link } from 'react-router';

interface ProjectBreadcrumbsProps {
  project: { id: string; name: string };
  /** The page within the project, named as its heading is. */
  current: string;
}

/** Where a page sits: My projects, then the project, then this page. */
export function ProjectBreadcrumbs({ project, current }: ProjectBreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        <li>
          <Link to="/">My projects</Link>
        </li>
        <li>
          <Link to={`/projects/${encodeURIComponent(project.id)}`}>{project.name}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
