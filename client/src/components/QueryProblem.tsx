import { isApiRequestError } from '../api/ApiRequestError.ts';
import { type BackLink, ProblemPage } from './ProblemPage.tsx';

interface QueryProblemProps {
  error: unknown;
  /** What could not be found, e.g. "project". */
  thing: string;
  onRetry: () => void;
  links?: readonly BackLink[];
}

/** The page shown when loading a page's data failed: not found, not allowed, or unreachable. */
export function QueryProblem({ error, thing, onRetry, links }: QueryProblemProps) {
  if (isApiRequestError(error) && (error.isNotFound || error.code === 'forbidden')) {
    return (
      <ProblemPage title={`This ${thing} could not be found`} links={links}>
        <p>It may have been removed, or you may no longer be a member of it.</p>
      </ProblemPage>
    );
  }
  const message = isApiRequestError(error) ? error.message : 'Something went wrong. Please try again.';
  return (
    <ProblemPage title={`We could not load this ${thing}`} links={links}>
      <p>{message}</p>
      <p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      </p>
    </ProblemPage>
  );
}
