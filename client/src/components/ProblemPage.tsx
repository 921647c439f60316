import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../a11y/useDocumentTitle.ts';

interface ProblemPageProps {
  title: string;
  children: ReactNode;
  backTo?: string;
  backLabel?: string;
}

/** A page that explains what went wrong in plain English and offers a way back. */
export function ProblemPage({ title, children, backTo = '/', backLabel = 'Go to my projects' }: ProblemPageProps) {
  useDocumentTitle(title);
  return (
    <div className="page page--narrow problem">
      <h1>{title}</h1>
      <div className="problem__body">{children}</div>
      <p>
        <Link className="button button--secondary" to={backTo}>
          {backLabel}
        </Link>
      </p>
    </div>
  );
}
