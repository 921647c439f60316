import { ProblemPage } from './ProblemPage.tsx';

export function NotFoundPage() {
  return (
    <ProblemPage title="Page not found">
      <p>We could not find the page you were looking for. The address may be mistyped, or the page may have moved.</p>
    </ProblemPage>
  );
}
