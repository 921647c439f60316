import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../a11y/useDocumentTitle.ts';

/** A way out of a problem page. */
export interface BackLink {
  to: string;
  label: string;
}

export const toMyProjects: BackLink = { to: '/', label: 'Go to my projects' };

interface ProblemPageProps {
  title: string;
  children: ReactNode;
  /** Only places the person can open: a link to somewhere they have lost would fail again. */
  links?: readonly BackLink[];
}

/** A page that explains what went wrong in plain English and offers a way back. */
export function ProblemPage({ title, children, links = [toMyProjects] }: ProblemPageProps) {
  useDocumentTitle(title);
  return (
    <div className="page page--narrow problem">
      <h1>{title}</h1>
      <div className="problem__body">{children}</div>
      <p className="problem__links">
        {links.map((link) => (
          <Link key={link.to} className="button button--secondary" to={link.to}>
            {link.label}
          </Link>
        ))}
      </p>
    </div>
  );
}
