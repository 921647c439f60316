import { useProjectQuery } from '../../api/useProjectQuery.ts';
import { type BackLink, toMyProjects } from '../../components/ProblemPage.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';

/** Where someone whose document would not open can go: the project only if it still opens for them. */
export function documentProblemLinks(projectId: string, projectOpens: boolean): BackLink[] {
  return projectOpens ? [{ to: `/projects/${projectId}`, label: 'Back to the project' }, toMyProjects] : [toMyProjects];
}

interface DocumentProblemProps {
  error: unknown;
  projectId: string;
  onRetry: () => void;
}

/**
 * Why a document could not be opened. Someone removed from the project cannot open the
 * project either, so it is offered only once it has been seen to open.
 */
export function DocumentProblem({ error, projectId, onRetry }: DocumentProblemProps) {
  const project = useProjectQuery(projectId);
  return (
    <QueryProblem
      error={error}
      thing="document"
      onRetry={onRetry}
      links={documentProblemLinks(projectId, project.isSuccess)}
    />
  );
}
